"""Language vocabulary shared by every stage: tone folding, syllables, tables, agencies,
dates, symbols, outline markers, shared phrases and the one door to underthesea."""
