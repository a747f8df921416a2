// Command sokhan processes Persian text: it normalizes it, splits it into
// sentences and tokens, finds named entities and quotes, and summarizes it.
//
// Usage:
//
//	sokhan normalize [FILE...]
//	sokhan sentences [FILE...]
//	sokhan tokens [FILE...]
//	sokhan entities [FILE...]
//	sokhan quotes [FILE...]
//	sokhan summary [-n N] [FILE...]
//	sokhan analyze [--json] [FILE|DIR...]
//
// With no FILE, sokhan reads standard input. A missing file, a directory
// where a file is expected, or invalid UTF-8 is reported on standard error
// with the file name (and byte offset), and the exit status is 1; normalize,
// which streams, has written the lines before an invalid byte by then.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/sokhan-nlp/sokhan/normalize"
)

// command is one subcommand: run gets the arguments after the subcommand
// name and returns the exit status.
type command struct {
	run   func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
	usage string
}

// commands lists the subcommands; each lives in its own file.
var commands = map[string]command{
	"normalize": {runNormalize, "normalize Persian text (letters, digits, punctuation, ZWNJ), line by line"},
	"sentences": {runSentences, "split normalized text into sentences, one per line"},
	"tokens":    {runTokens, "split normalized text into tokens: TOKEN<TAB>KIND per line, a blank line between sentences"},
	"entities":  {runEntities, "list people, countries, organizations and places: one TSV line per mention"},
	"quotes":    {runQuotes, "list who said what: one TSV line per quote (speaker, cue, quote)"},
	"summary":   {runSummary, "print the N (-n, default 3) most central sentences, in document order"},
	"analyze":   {runAnalyze, "run the whole pipeline: a report, or one JSON object per input with --json"},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "sokhan: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sokhan COMMAND [FILE...]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].usage)
	}
	fmt.Fprintln(w, "\nWith no FILE, read standard input.")
}

// inputName is how errors name standard input.
const inputName = "<stdin>"

// readInput reads one whole input (a file name, or standard input when name
// is "" or "-") and checks that it is valid UTF-8. Errors name the file and,
// for invalid UTF-8, the byte offset.
func readInput(name string, stdin io.Reader) (display, text string, err error) {
	var b []byte
	if name == "" || name == "-" {
		name = inputName
		b, err = io.ReadAll(stdin)
	} else {
		var fi os.FileInfo
		if fi, err = os.Stat(name); err == nil && fi.IsDir() {
			return name, "", fmt.Errorf("%s: is a directory", name)
		}
		b, err = os.ReadFile(name)
	}
	if err != nil {
		return name, "", cleanErr(name, err)
	}
	if off := invalidUTF8(b); off >= 0 {
		return name, "", fmt.Errorf("%s: invalid UTF-8 at byte %d", name, off)
	}
	return name, string(b), nil
}

// cleanErr turns an *os.PathError into "NAME: reason" without repeating the
// operation, for one-line messages.
func cleanErr(name string, err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return fmt.Errorf("%s: %v", name, pe.Err)
	}
	return fmt.Errorf("%s: %v", name, err)
}

// eachInput calls fn on every input named in args (standard input when args
// is empty). An input that cannot be read is reported on stderr as one line
// and skipped; an error from fn is reported the same way. It returns the exit
// status: 0 when every input succeeded, 1 otherwise.
func eachInput(args []string, stdin io.Reader, stderr io.Writer, fn func(name, text string) error) int {
	if len(args) == 0 {
		args = []string{"-"}
	}
	status := 0
	for _, a := range args {
		name, text, err := readInput(a, stdin)
		if err == nil {
			err = fn(name, text)
		}
		if err != nil {
			fmt.Fprintf(stderr, "sokhan: %s\n", strings.TrimSpace(err.Error()))
			status = 1
		}
	}
	return status
}

// eachNormalized is eachInput for the subcommands that print per-input
// results: fn gets the normalized text of each input and a buffered writer
// on stdout. With several inputs, each input's output is preceded by a
// "# FILE" line. A failed write to stdout is reported and makes the status 1.
func eachNormalized(files []string, stdin io.Reader, stdout, stderr io.Writer, fn func(w *bufio.Writer, text string) error) int {
	out := bufio.NewWriterSize(stdout, 64<<10)
	status := eachInput(files, stdin, stderr, func(name, text string) error {
		if len(files) > 1 {
			fmt.Fprintf(out, "# %s\n", name)
		}
		return fn(out, normalize.String(text))
	})
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "sokhan: %v\n", err)
		status = 1
	}
	return status
}
