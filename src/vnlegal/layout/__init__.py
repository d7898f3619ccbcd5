"""Layout stage: where the body ends, the closing (signature, "Nơi nhận") and the attachments."""
