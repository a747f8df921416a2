package main

import (
	"bufio"
	"io"

	"github.com/sokhan-nlp/sokhan/tokenize"
)

// runSentences implements `sokhan sentences [FILE...]`: it normalizes each
// input and prints its sentences, one per line (a sentence never holds a
// line break). With several inputs, each input's sentences are preceded by a
// "# FILE" line.
func runSentences(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return eachNormalized(args, stdin, stdout, stderr, func(out *bufio.Writer, text string) error {
		for s := range tokenize.Sentences(text) {
			out.WriteString(text[s.Start:s.End])
			out.WriteByte('\n')
		}
		return nil
	})
}
