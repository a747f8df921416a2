package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

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
// input's summary is preceded by a "# FILE" line. Flags come before the
// files: -n N, -n=N, --n N; "--" ends them.
func runSummary(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	n := defaultSummarySentences
	var files []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			files = append(files, args[i+1:]...)
			i = len(args)
		case a == "-h" || a == "--help":
			fmt.Fprintln(stderr, "usage: sokhan summary [-n N] [FILE...]")
			return 0
		case a == "-n" || a == "--n":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "sokhan summary: %s needs a number\n", a)
				return 2
			}
			i++
			if !parseCount(args[i], &n) {
				fmt.Fprintf(stderr, "sokhan summary: bad sentence count %q\n", args[i])
				return 2
			}
		case strings.HasPrefix(a, "-n=") || strings.HasPrefix(a, "--n="):
			v := a[strings.IndexByte(a, '=')+1:]
			if !parseCount(v, &n) {
				fmt.Fprintf(stderr, "sokhan summary: bad sentence count %q\n", v)
				return 2
			}
		case strings.HasPrefix(a, "-") && a != "-":
			fmt.Fprintf(stderr, "sokhan summary: unknown flag %s\n", a)
			return 2
		default:
			files = append(files, a)
		}
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
