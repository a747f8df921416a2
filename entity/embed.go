package entity

import (
	"embed"
	"sync"
)

//go:generate go run gen_common.go -lexicon ../../shared/lexicon -out data

//go:embed data/*.txt
var dataFS embed.FS

// embedded parses the embedded gazetteers once.
var embedded = sync.OnceValues(func() (*Gazetteer, error) {
	return parseEmbedded(func(name string) (string, bool) {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return "", false
		}
		return string(b), true
	})
})
