// Command quotes prints who said what in a Persian news article: each
// direct quote with its speaker and reporting verb.
//
//	go run ./examples/quotes [FILE]
//
// FILE defaults to testdata/zarif-lavrov.txt, relative to the module root
// (the working directory of `go run ./examples/quotes`).
package main

import (
	"fmt"
	"os"

	"github.com/sokhan-nlp/sokhan"
)

func main() {
	path := "testdata/zarif-lavrov.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
	doc := sokhan.Analyze(string(raw), sokhan.SummarySentences(0))
	for _, q := range doc.Quotes {
		if !q.Direct {
			continue
		}
		speaker := q.SpeakerName
		if speaker == "" {
			speaker = "(unknown)"
		}
		fmt.Printf("%s — %s:\n  «%s»\n", speaker, q.Cue, doc.QuoteText(q))
	}
}
