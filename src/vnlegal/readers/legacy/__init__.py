"""Legacy Vietnamese encodings: TCVN3 and VNI codecs, VIQR, and which reading old bytes need."""
