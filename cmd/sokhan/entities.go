package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// runEntities implements `sokhan entities [FILE...]`: it normalizes and
// tokenizes each input, finds its entities and prints one tab-separated line per mention,
// in text order:
//
//	KIND  NAME  ROLE  MENTION  FORM  START  END
//
// KIND is person, country, organization or location; ROLE is "-" when the
// entity has none; FORM is name, role or pronoun; START and END are byte
// offsets into the normalized text (the output of `sokhan normalize`). With several inputs, each input's lines
// are preceded by a "# FILE" line.
func runEntities(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := bufio.NewWriterSize(stdout, 64<<10)
	status := eachInput(args, stdin, stderr, func(name, text string) error {
		if len(args) > 1 {
			fmt.Fprintf(out, "# %s\n", name)
		}
		return writeEntities(out, normalize.String(text))
	})
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "sokhan: %v\n", err)
		status = 1
	}
	return status
}

// writeEntities writes the mention lines of text to w.
func writeEntities(w *bufio.Writer, text string) error {
	tokens, _ := tokenize.Split(text)
	ents := entity.Extract(text, tokens)
	type line struct {
		e *entity.Entity
		m entity.Mention
	}
	var lines []line
	for i := range ents {
		for _, m := range ents[i].Mentions {
			lines = append(lines, line{&ents[i], m})
		}
	}
	slices.SortStableFunc(lines, func(a, b line) int {
		return cmp.Or(cmp.Compare(a.m.Start, b.m.Start), cmp.Compare(a.m.End, b.m.End))
	})
	for _, l := range lines {
		role := l.e.Role
		if role == "" {
			role = "-"
		}
		w.WriteString(l.e.Kind.String())
		for _, f := range [...]string{l.e.Name, role, l.m.Text, l.m.Form.String(), strconv.Itoa(l.m.Start), strconv.Itoa(l.m.End)} {
			w.WriteByte('\t')
			w.WriteString(f)
		}
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}
