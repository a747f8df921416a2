package main

import (
	"bufio"
	"io"

	"github.com/sokhan-nlp/sokhan/tokenize"
)

// runTokens implements `sokhan tokens [FILE...]`: it normalizes each input
// and prints its tokens, one per line as TOKEN, a tab and its kind (Word,
// Number, Punct, Symbol, Latin, URL, Email, Hashtag, Mention, Emoji, Other),
// with a blank line between sentences. With several inputs, each input's
// tokens are preceded by a "# FILE" line.
func runTokens(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return eachNormalized(args, stdin, stdout, stderr, func(out *bufio.Writer, text string) error {
		tokens, sentences := tokenize.Split(text)
		for i, s := range sentences {
			if i > 0 {
				out.WriteByte('\n')
			}
			for _, tok := range tokens[s.Tokens.Start:s.Tokens.End] {
				out.WriteString(tok.Text)
				out.WriteByte('\t')
				out.WriteString(tok.Kind.String())
				out.WriteByte('\n')
			}
		}
		return nil
	})
}
