package main

import (
	"bufio"
	"io"
	"strings"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/summarize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// runQuotes implements `sokhan quotes [--indirect] [FILE...]`: it
// normalizes each input, finds its quotes and their speakers, and prints
// one tab-separated line per quote, in text order:
//
//	SPEAKER  CUE  QUOTE
//
// SPEAKER is the speaker's canonical name, or "-" when unknown; CUE is the
// reporting verb as written («گفت», «تاکید کرد»); QUOTE is what was said,
// with tabs and line breaks turned into spaces. Only direct speech is
// printed unless --indirect is given; then indirect speech («به گفته وی،
// ...», «X گفت که ...») is printed too and a fourth column says "direct"
// or "indirect". With several inputs, each input's lines are preceded by a
// "# FILE" line.
func runQuotes(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	indirect := false
	files, status, ok := parseArgs("quotes", "[--indirect] [FILE...]", args, stderr, map[string]*bool{"indirect": &indirect}, nil)
	if !ok {
		return status
	}
	return eachNormalized(files, stdin, stdout, stderr, func(out *bufio.Writer, text string) error {
		writeQuotes(out, text, indirect)
		return nil
	})
}

// writeQuotes writes the quote lines of the normalized text to w.
func writeQuotes(w *bufio.Writer, text string, indirect bool) {
	tokens, sentences := tokenize.Split(text)
	ents := entity.Extract(text, tokens)
	for _, q := range summarize.Quotes(text, sentences, tokens, ents) {
		if !q.Direct && !indirect {
			continue
		}
		speaker := q.SpeakerName
		if speaker == "" {
			speaker = "-"
		}
		w.WriteString(oneLine(speaker))
		w.WriteByte('\t')
		w.WriteString(oneLine(q.Cue))
		w.WriteByte('\t')
		w.WriteString(oneLine(text[q.Content.Start:q.Content.End]))
		if indirect {
			if q.Direct {
				w.WriteString("\tdirect")
			} else {
				w.WriteString("\tindirect")
			}
		}
		w.WriteByte('\n')
	}
}

// oneLine replaces tabs and line breaks with spaces, so that a field stays
// one TSV field.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\r', '\n':
			return ' '
		}
		return r
	}, s)
}
