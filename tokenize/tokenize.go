package tokenize

import "iter"

// Tokens returns an iterator over the tokens of text, in order. Each token's
// Text is a substring of text (no copy) and its Span gives its byte offsets.
// White space separates tokens and is never part of one. Iterating
// allocates nothing.
func Tokens(text string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		for pos := 0; ; {
			start, end, kind, _ := next(text, pos)
			if start == end {
				return
			}
			if !yield(Token{Text: text[start:end], Span: Span{start, end}, Kind: kind}) {
				return
			}
			pos = end
		}
	}
}

// Sentences returns an iterator over the sentences of text, in order. A
// sentence's Tokens range indexes the sequence [Tokens] yields for the same
// text; its Paragraph counts the non-blank lines before it. Iterating
// allocates nothing.
func Sentences(text string) iter.Seq[Sentence] {
	return func(yield func(Sentence) bool) {
		var s splitter
		idx := 0
		for pos := 0; ; idx++ {
			start, end, kind, nl := next(text, pos)
			if start == end {
				break
			}
			if !s.extend(start, end, kind, idx, nl) {
				if done, ok := s.push(text, start, end, kind, idx, nl); ok && !yield(done) {
					return
				}
			}
			pos = end
		}
		if done, ok := s.flush(); ok {
			yield(done)
		}
	}
}

// Split returns the tokens and the sentences of text in one pass. The two
// slices are preallocated from an estimate of their sizes (about one token
// per 7 bytes of Persian text, one sentence per 150), so that a typical text
// costs one allocation each; the result equals collecting [Tokens] and
// [Sentences].
func Split(text string) ([]Token, []Sentence) {
	tokens := make([]Token, 0, len(text)/7+4)
	sentences := make([]Sentence, 0, len(text)/150+2)
	var s splitter
	for pos := 0; ; {
		start, end, kind, nl := next(text, pos)
		if start == end {
			break
		}
		if !s.extend(start, end, kind, len(tokens), nl) {
			if done, ok := s.push(text, start, end, kind, len(tokens), nl); ok {
				sentences = append(sentences, done)
			}
		}
		tokens = append(tokens, Token{Text: text[start:end], Span: Span{start, end}, Kind: kind})
		pos = end
	}
	if done, ok := s.flush(); ok {
		sentences = append(sentences, done)
	}
	return tokens, sentences
}
