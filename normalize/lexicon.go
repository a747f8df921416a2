package normalize

// restoreGlued returns the ZWNJ form of a word whose ZWNJs were stripped.
func restoreGlued(word string) (string, bool) {
	return word, false
}

// joinSpaced reports whether "left right" should be written left+ZWNJ+right.
func joinSpaced(left, right string) bool {
	return false
}
