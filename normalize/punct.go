package normalize

import (
	"strings"
)

// Punctuation and spacing rules (the spacing stage). They follow the
// Persian Academy orthography (دستور خط فارسی) and common editorial
// practice: punctuation that closes (. ، ؛ : ؟ ! » )) sticks to the word
// before it and is followed by one space; punctuation that opens (« ()
// sticks to the word after it. Runs of spaces become one space, line edges
// are trimmed. URLs, e-mail addresses, numbers, times and ellipses are left
// alone.

// isWS reports whether c is a space byte handled by the spacing stage.
func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// isArabicLetter reports whether r is a letter of the Arabic script (not a
// digit, mark, punctuation or the tatweel).
func isArabicLetter(r rune) bool {
	return r >= 0x620 && r <= 0x63F || r >= 0x641 && r <= 0x64A ||
		r >= 0x66E && r <= 0x66F || r >= 0x671 && r <= 0x6D3 || r == 0x6D5 ||
		r >= 0x6EE && r <= 0x6EF || r >= 0x6FA && r <= 0x6FC || r == 0x6FF
}

// isLatinLetter reports whether r is an ASCII letter.
func isLatinLetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

// isDigit reports whether r is a Latin, Persian or Arabic-Indic digit.
func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x6F0 && r <= 0x6F9 || r >= 0x660 && r <= 0x669
}

// isPersianDigit reports whether r is a Persian or Arabic-Indic digit.
func isPersianDigit(r rune) bool { return r >= 0x6F0 && r <= 0x6F9 || r >= 0x660 && r <= 0x669 }

// isLetter reports whether r is an Arabic-script or Latin letter.
func isLetter(r rune) bool { return isArabicLetter(r) || isLatinLetter(r) }

// isProtected reports whether a space-delimited run is a URL or an e-mail
// address, which no punctuation, digit or ZWNJ rule may touch.
func isProtected(run string) bool {
	if strings.Contains(run, "://") || strings.HasPrefix(run, "www.") {
		return true
	}
	at := strings.IndexByte(run, '@')
	return at > 0 && at+1 < len(run) && strings.IndexByte(run[at+1:], '.') > 0
}

// runEndURL returns the end of the space-delimited run starting at i and
// whether it may be a URL or an e-mail address (it holds @ or :, or starts
// with www.).
func runEndURL(s string, i int) (end int, maybe bool) {
	maybe = len(s)-i >= 4 && s[i:i+4] == "www."
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\v', '\f':
			return i, maybe
		case '@', ':':
			maybe = true
		}
		i++
	}
	return i, maybe
}

// closesLeft reports whether punctuation r, with the space before it,
// should stick to the word before it (rule: no space before . ، ؛ : ؟ ! »
// )). prev is the last rune before the space; next the rune after r. An
// ellipsis or a dot that starts a token (.NET, .5) is left alone, and so is
// a colon before a digit.
func closesLeft(r, prev, next rune) bool {
	switch r {
	case '،', '؛', '؟', '!', '»', ')':
	case '.':
		if next == '.' || isLetter(next) || isDigit(next) {
			return false
		}
	case ':':
		if isDigit(next) {
			return false
		}
	default:
		return false
	}
	return isArabicLetter(prev) || isDigit(prev) || prev == '»' || prev == ')'
}

// opensRight reports whether the space after r should go (rule: no space
// after « and ().
func opensRight(r rune) bool { return r == '«' || r == '(' }

// needsSpace reports whether a space belongs between the adjacent runes p
// and r (rule: one space after . ، ؛ : ؟ ! » ) and before « (). pp and ppp
// are the two runes before p and next the rune after r (' ' for a space or
// a line edge). Abbreviations with one-letter parts (ه.ش، ق.ظ), decimals,
// times and Latin text are left alone.
func needsSpace(ppp, pp, p, r, next rune) bool {
	switch p {
	case '،', '؛', '؟':
		return isLetter(r) || isDigit(r) && !isDigit(pp) || r == '«' || r == '('
	case '!', ':':
		return isArabicLetter(pp) && (isArabicLetter(r) || r == '«')
	case '.':
		return isArabicLetter(pp) && isArabicLetter(ppp) &&
			(r == '«' || isArabicLetter(r) && isArabicLetter(next))
	case '»', ')':
		return isArabicLetter(r)
	}
	switch r {
	case '«':
		return isArabicLetter(p) || isDigit(p)
	case '(':
		return isArabicLetter(p)
	}
	return false
}

// latinPunct maps the Latin comma, semicolon and question mark to ، ؛ ؟ when
// the last non-space rune before them is an Arabic-script letter (Persian
// context).
func latinPunct(r, lastNS rune) rune {
	if !isArabicLetter(lastNS) {
		return r
	}
	switch r {
	case ',':
		return '،'
	case ';':
		return '؛'
	case '?':
		return '؟'
	}
	return r
}

// quote maps a straight or curly double quote to « or » in Persian context:
// an opening quote follows a space, a line start or ( : ، ؛ and precedes an
// Arabic-script letter; a closing quote follows such a letter or . ؟ ! and
// precedes a space, a line end or closing punctuation.
func quote(r, prev, next rune) rune {
	switch r {
	case '"', '\u201c', '\u201d':
	default:
		return r
	}
	switch prev {
	case ' ', '(', ':', '،', '؛':
		if isArabicLetter(next) {
			return '«'
		}
		return r
	}
	if isArabicLetter(prev) || prev == '.' || prev == '؟' || prev == '!' {
		switch next {
		case ' ', '.', '،', '؛', ':', '؟', '!', ')':
			return '»'
		}
	}
	return r
}

// spacing applies the punctuation and spacing rules to one segment of a
// line. It returns line itself when nothing changes.
func (n *Normalizer) spacing(st *lineState, line string) string {
	b := newLazy(line, st.a)
	n.spacingFrom(&b, line, spaceState{ppp: ' ', pp: ' ', p: ' ', lastNS: ' ', base: ' ', atStart: !st.cont})
	out := b.result()
	st.a = b.buf
	return out
}

// spaceState is what the spacing stage knows at a point of a line: the
// last three output runes, the last one that is not a space, the last one
// that is neither a mark nor a ZWNJ, and whether nothing has been written
// since the line start.
type spaceState struct {
	ppp, pp, p, lastNS, base rune
	atStart                  bool
}

// spacingFrom applies the spacing stage to line into b, whose source is
// line, from state s. It is the loop of spacing; the fast lane (see
// tokSource) runs it on the regions of a line that need it.
func (n *Normalizer) spacingFrom(b *lazyBuf, line string, s spaceState) {
	o := &n.o
	ppp, pp, p, lastNS := s.ppp, s.pp, s.p, s.lastNS
	push := func(r rune) {
		ppp, pp, p = pp, p, r
		if r != ' ' {
			lastNS = r
		}
	}
	atStart := s.atStart
	base := s.base // last output rune that is not a mark or ZWNJ
	// The space-delimited run being read, and whether it has been checked
	// for being a URL or an e-mail address.
	runStart, runChecked := 0, false
	i := 0
	for i < len(line) {
		// Fast path: plain runes after a plain rune, and single spaces
		// between them, need no rule.
		if isPlain(p) {
			if j, tail, rs := plainRunSpaced(line, i); j > i {
				for t := 2; t >= 0; t-- {
					if tail[t] != 0 {
						push(tail[t])
					}
				}
				if rs >= 0 {
					runStart, runChecked = rs, false
				}
				base = p
				atStart = false
				i = j
				continue
			}
		}
		// A run of spaces, with any ZWNJ inside it or at a line edge
		// (rule: no ZWNJ beside a space or at a word edge).
		wsStart := i
		hasWS, hasZWNJ := false, false
		for i < len(line) {
			if isWS(line[i]) {
				hasWS = true
				i++
			} else if !o.keepZWNJ && strings.HasPrefix(line[i:], zwnjStr) {
				hasZWNJ = true
				i += len(zwnjStr)
			} else {
				break
			}
		}
		if i > wsStart && !hasWS && !atStart && i < len(line) {
			i = wsStart // ZWNJs inside a word: handled rune by rune below
		}
		haveWS := i > wsStart && hasWS
		if i == len(line) { // trailing spaces
			if i > wsStart && (!o.keepSpaces || hasZWNJ) {
				rep := ""
				if o.keepSpaces {
					rep = strings.ReplaceAll(line[wsStart:i], zwnjStr, "")
				}
				b.replace(wsStart, i, rep)
			}
			break
		}
		if i > wsStart && !hasWS { // ZWNJs at the line start
			b.replace(wsStart, i, "")
		}
		// A URL or e-mail address is copied verbatim.
		if haveWS {
			runStart, runChecked = i, false
		}
		// A run is checked at its first rune off the fast path; the plain
		// runes before it were copied unchanged.
		protected := false
		end := i
		if !runChecked {
			runChecked = true
			var maybe bool
			end, maybe = runEndURL(line, i)
			protected = maybe && isProtected(line[runStart:end])
		}
		r, size := decode(line[i:])
		// The rune after r matters only to punctuation, quotes and ZWNJ,
		// and to a letter after a full stop.
		next := ' '
		if !isPlain(r) || p == '.' {
			next = nextRune(line, i+size, !o.keepZWNJ && r != zwnj && !joinsLeft(r))
		}
		m := r
		if !protected {
			if !o.keepLatinPunct {
				m = latinPunct(m, lastNS)
			}
			if !o.keepQuotes {
				qp := p
				if haveWS {
					qp = ' '
				}
				m = quote(m, qp, next)
			}
		}
		switch {
		case haveWS:
			drop := false
			if atStart {
				drop = !o.keepSpaces
			} else if !o.keepPunctSpaces && (closesLeft(m, lastNS, next) || opensRight(lastNS)) {
				drop = true
			}
			switch {
			case drop:
				b.replace(wsStart, i, "")
			case o.keepSpaces && !hasZWNJ || i-wsStart == 1 && line[wsStart] == ' ':
				push(' ')
			case o.keepSpaces:
				b.replace(wsStart, i, strings.ReplaceAll(line[wsStart:i], zwnjStr, ""))
				push(' ')
			default:
				b.replace(wsStart, i, " ")
				push(' ')
			}
		case !atStart && !o.keepPunctSpaces && needsSpace(ppp, pp, p, m, next):
			b.replace(i, i, " ")
			push(' ')
		}
		atStart = false
		if protected {
			last := r
			for j := i; j < end; {
				q, sz := decode(line[j:])
				last = q
				j += sz
			}
			push(last)
			i = end
			continue
		}
		if m == zwnj && !o.keepZWNJ && (next == zwnj || !isArabicLetter(next) || !joinsLeft(base)) &&
			!strayAfter(line, i+size) {
			b.replace(i, i+size, "") // rule: ZWNJ only between a joining letter and a letter
			i += size
			continue
		}
		if m != r {
			b.replaceRune(i, i+size, m)
		}
		push(m)
		if m != zwnj && !isDiacritic(m) {
			base = m
		}
		i += size
	}
}

// nextRune returns the rune at line[j:], or ' ' at a space or the end. When
// skipZWNJ is set, ZWNJs there (which the ZWNJ rule will drop) are looked
// through.
func nextRune(line string, j int, skipZWNJ bool) rune {
	for j < len(line) && !isWS(line[j]) {
		r, size := decode(line[j:])
		if r != zwnj || !skipZWNJ {
			return r
		}
		j += size
	}
	return ' '
}

// decodeLast decodes the last rune of s (s ends on a rune boundary of a
// plain run, so it is valid).
func decodeLast(s string) (rune, int) {
	j := len(s) - 1
	for j > 0 && s[j]&0xC0 == 0x80 && len(s)-j < 4 {
		j--
	}
	r, size := decode(s[j:])
	if j+size != len(s) {
		return rune(s[len(s)-1]), 1
	}
	return r, size
}
