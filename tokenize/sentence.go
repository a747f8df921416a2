package tokenize

// splitter is the sentence state machine fed one token at a time by
// [Sentences] and [Split]. It holds no reference to the text beyond the
// token it is given and allocates nothing.
type splitter struct {
	cur     Sentence
	open    bool // cur holds at least one token
	term    bool // cur ends with final punctuation (and maybe closers)
	initial bool // the previous token is a one-letter word: «م» in «م. احمدی»
	opener  bool // the previous token opens a bracket or quote: «(» in «(!)»
	prev    Kind // the previous token's kind
	prevEnd int
	para    int
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
		case kind == Punct && isCloser(tok):
			// «… است.» : the closer belongs to the sentence it closes.
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
		s.term = kind == Punct && isTerm(tok) && !s.notFinal(tok, start)
	}
	s.initial = (kind == Word || kind == Latin) && letterCount(tok) == 1 && oneRune(tok)
	s.opener = kind == Punct && isOpener(tok)
	s.prev = kind
	s.prevEnd = end
	return done, ok
}

// notFinal reports whether the final mark tok, just pushed, is not a
// sentence end because of the token right before it:
//   - a dot after a one-letter word is an initial: «دکتر م. احمدی», «J. Smith»;
//   - a dot after a number that opens the sentence is an enumerator: «۱. مقدمه»;
//   - a mark right after an opening bracket or quote is a comment: «(!)», «(؟)».
func (s *splitter) notFinal(tok string, start int) bool {
	if start != s.prevEnd || s.cur.Tokens.Len() < 2 {
		return false
	}
	switch {
	case s.opener:
		return true
	case tok != ".":
		return false
	case s.initial:
		return true
	case s.prev == Number && s.cur.Tokens.Len() == 2:
		return true
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

// oneRune reports whether tok is a single letter, optionally with marks
// (two bytes for an Arabic letter, one for ASCII).
func oneRune(tok string) bool {
	if len(tok) == 1 {
		return true
	}
	_, ok := arabic2(tok, 0)
	return ok && (len(tok) == 2 || tok[2] >= 0xD8 && tok[2] <= 0xDB && letterCount(tok) == 1 && len(tok) <= 8)
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
