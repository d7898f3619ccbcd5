"""Header stage: issuer, motto, number and symbol, place and date, type, title, "Kính gửi",
the portal prelude and the display form of the title."""
