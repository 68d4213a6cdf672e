"""Evidence of the verdicts: which answers each verdict rests on, and their WARC archive."""
