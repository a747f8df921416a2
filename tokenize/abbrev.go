package tokenize

import (
	_ "embed"
	"slices"
	"sync"

	"github.com/sokhan-nlp/sokhan/internal/lexicon"
)

//go:embed data/abbreviations.txt
var abbreviationsData string

// abbreviations is the sorted list of data/abbreviations.txt, parsed once.
var abbreviations = sync.OnceValue(func() []string {
	entries := lexicon.Parse(abbreviationsData)
	list := make([]string, len(entries))
	for i, e := range entries {
		list[i] = e.Field(0)
	}
	return list
})

// isAbbrev reports whether s is a listed abbreviation. It allocates nothing
// after the first call.
func isAbbrev(s string) bool {
	_, ok := slices.BinarySearch(abbreviations(), s)
	return ok
}
