package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// runSentences implements `sokhan sentences [FILE...]`: it normalizes each
// input and prints its sentences, one per line (a sentence never holds a
// line break). With several inputs, each input's sentences are preceded by a
// "# FILE" line.
func runSentences(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := bufio.NewWriterSize(stdout, 64<<10)
	status := eachInput(args, stdin, stderr, func(name, text string) error {
		if len(args) > 1 {
			fmt.Fprintf(out, "# %s\n", name)
		}
		text = normalize.String(text)
		for s := range tokenize.Sentences(text) {
			out.WriteString(text[s.Start:s.End])
			out.WriteByte('\n')
		}
		return nil
	})
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "sokhan: %v\n", err)
		status = 1
	}
	return status
}
