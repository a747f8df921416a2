package tokenize

import (
	"strings"
	"unicode/utf8"
)

// splitter is the sentence state machine fed one token at a time by
// [Sentences] and [Split]. It holds no reference to the text beyond the
// token it is given and allocates nothing.
type splitter struct {
	cur       Sentence
	open      bool // cur holds at least one token
	term      bool // cur ends with final punctuation (and maybe closers)
	opener    bool // the previous token opens a bracket or quote: «(» in «(!)»
	prev      Kind // the previous token's kind
	prevStart int
	prevEnd   int
	para      int
}

// extend is the inlinable fast path of push for the common case, a token
// that neither starts a sentence nor can end one: it reports whether it
// took the token.
func (s *splitter) extend(start, end int, kind Kind, idx int, nl bool) bool {
	if !s.open || nl || s.term || kind == Punct {
		return false
	}
	s.cur.End = end
	s.cur.Tokens.End = idx + 1
	s.opener = false
	s.prev, s.prevStart, s.prevEnd = kind, start, end
	return true
}

// push adds the token text[start:end] of the given kind with index idx; nl
// says whether a line break precedes it. When the token begins a new
// sentence, push returns the finished previous one.
func (s *splitter) push(text string, start, end int, kind Kind, idx int, nl bool) (done Sentence, ok bool) {
	tok := text[start:end]
	closing := false
	if s.open {
		brk := false
		switch {
		case nl:
			// A line break ends a paragraph and a sentence.
			brk = true
		case !s.term:
		case start > s.prevEnd:
			// Final punctuation followed by white space.
			brk = true
		case kind == Punct && isCloser(tok) || kind == Emoji:
			// «… است.» : the closer belongs to the sentence it closes, and
			// so does an emoji glued to the final mark («عالی بود!😍»).
			closing = true
		case kind == Word:
			// «است.وی» in raw text: a missing space after a full stop.
			brk = true
		}
		if brk {
			done, ok = s.cur, true
			s.open = false
			if nl {
				s.para++
			}
		}
	}
	if s.open {
		s.cur.End = end
		s.cur.Tokens.End = idx + 1
	} else {
		s.cur = Sentence{Span: Span{start, end}, Tokens: Range{idx, idx + 1}, Paragraph: s.para}
		s.open = true
	}
	if !closing {
		s.term = kind == Punct && isTerm(tok) && !s.notFinal(text, tok, start)
	}
	s.opener = kind == Punct && isOpener(tok)
	s.prev, s.prevStart, s.prevEnd = kind, start, end
	return done, ok
}

// notFinal reports whether the final mark tok, just pushed, is not a
// sentence end because of the token right before it:
//   - a dot after a one-letter word is an initial: «دکتر م. احمدی», «J. Smith»;
//     so is one after Persian one-letter parts joined by dots («م.ع.
//     احمدی»), unless they are a date's era («۵۰۰ ق.م.», «ه.ش», «ه.ق») or
//     follow a number;
//   - a dot after a number that opens the sentence is an enumerator: «۱. مقدمه»;
//   - a mark right after an opening bracket or quote is a comment: «(!)», «(؟)».
func (s *splitter) notFinal(text, tok string, start int) bool {
	if start != s.prevEnd || s.cur.Tokens.Len() < 2 {
		return false
	}
	switch {
	case s.opener:
		return true
	case tok != ".":
		return false
	case s.prev == Word || s.prev == Latin:
		w := text[s.prevStart:s.prevEnd]
		return len(w) <= 8 && oneLetter(w) || s.prev == Word && initials(w) && !afterDigit(text, s.prevStart)
	case s.prev == Number:
		return s.cur.Tokens.Len() == 2
	}
	return false
}

// flush returns the last sentence, if any.
func (s *splitter) flush() (Sentence, bool) {
	if !s.open {
		return Sentence{}, false
	}
	s.open = false
	return s.cur, true
}

// initials reports whether a word is Persian one-letter parts joined by
// dots («م.ع», «ج.ا.ا») other than a date's era.
func initials(word string) bool {
	switch word {
	case "ق.م", "ه.ش", "ه.ق", "ب.م":
		return false
	}
	parts := 0
	for len(word) > 0 {
		part, rest, more := strings.Cut(word, ".")
		if part == "" || !oneLetter(part) {
			return false
		}
		parts++
		word = rest
		if !more {
			break
		}
	}
	return parts >= 2
}

// afterDigit reports whether the last character before text[:i] and the
// spaces ending it is a digit.
func afterDigit(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r >= '0' && r <= '9' || r >= '۰' && r <= '۹' || r >= '٠' && r <= '٩'
}

// oneLetter reports whether a word is a single letter, with or without
// combining marks.
func oneLetter(word string) bool {
	if len(word) == 1 {
		return true
	}
	_, w := utf8.DecodeRuneInString(word)
	return letterCount(word) == 1 && absorbMarks(word, w) == len(word)
}

// isOpener reports whether a Punct token opens a quotation or a bracket: « ‹
// “ ( [ {.
func isOpener(tok string) bool {
	switch tok {
	case "«", "‹", "“", "(", "[", "{":
		return true
	}
	return false
}

// isCloser reports whether a Punct token closes a quotation or a bracket: » ›
// ” ’ " ' ) ] }.
func isCloser(tok string) bool {
	switch tok {
	case "»", "›", "”", "’", "\"", "'", ")", "]", "}":
		return true
	}
	return false
}
