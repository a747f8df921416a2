package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/sokhan-nlp/sokhan/summarize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// defaultSummarySentences is how many sentences `sokhan summary` prints
// without -n.
const defaultSummarySentences = 3

// runSummary implements `sokhan summary [-n N] [FILE...]`: it normalizes each
// input and prints its N most central sentences (summarize.Summary), one per
// line in document order, each without a leading agency attribution
// («به گزارش ایرنا،», see summarize.Trim). With several inputs, each
// input's summary is preceded by a "# FILE" line. The count is given as
// -n N, -n=N or --n N, anywhere among the files; "--" ends the flags.
func runSummary(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	count := ""
	files, status, ok := parseArgs("summary", "[-n N] [FILE...]", args, stderr, nil, map[string]*string{"n": &count})
	if !ok {
		return status
	}
	n := defaultSummarySentences
	if count != "" && !parseCount(count, &n) {
		fmt.Fprintf(stderr, "sokhan summary: bad sentence count %q\n", count)
		return 2
	}
	return eachNormalized(files, stdin, stdout, stderr, func(out *bufio.Writer, text string) error {
		tokens, sentences := tokenize.Split(text)
		for _, i := range summarize.Summary(text, sentences, tokens, n) {
			s := summarize.Trim(text, sentences[i], tokens)
			out.WriteString(text[s.Start:s.End])
			out.WriteByte('\n')
		}
		return nil
	})
}

// parseCount parses a non-negative sentence count into *n.
func parseCount(s string, n *int) bool {
	v, err := strconv.Atoi(s)
	if err != nil || v < 0 {
		return false
	}
	*n = v
	return true
}
