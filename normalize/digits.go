package normalize

// Digit and number-separator rules.

// script classifies a token for the digit rules.
type script uint8

const (
	scriptNone   script = iota // no letters
	scriptArabic               // holds an Arabic-script letter
	scriptLatin                // holds Latin letters and no Arabic-script letter
)

// digitRun returns the number of digits in tok starting at i, and the
// byte index after them.
func digitRun(tok string, i int) (count, end int) {
	for i < len(tok) {
		r, size := decode(tok[i:])
		if !isDigit(r) {
			break
		}
		count++
		i += size
	}
	return count, i
}

// lastBefore returns the rune before byte index i of tok, or ' '.
func lastBefore(tok string, i int) rune {
	if i == 0 {
		return ' '
	}
	j := i - 1
	for j > 0 && tok[j]&0xC0 == 0x80 {
		j--
	}
	r, _ := decode(tok[j:i])
	return r
}

// digitRunStart returns the byte index where the run of digits ending at i
// starts.
func digitRunStart(tok string, i int) int {
	for i > 0 {
		r := lastBefore(tok, i)
		if !isDigit(r) {
			break
		}
		i -= len(string(r))
	}
	return i
}

// rewriteDigits applies the digit and separator rules to one token. Latin
// digits become Persian when convert is true (a token with no Latin letter,
// not next to a Latin word, not a URL or e-mail: COVID-19 and F-16 keep
// their digits). A point between Persian digits becomes the Persian decimal
// separator ٫ when it is the number's only point (۱۲.۵ → ۱۲٫۵, but not
// ۱۴۰۲.۰۸.۱۵); a comma followed by exactly three digits becomes the
// thousands separator ٬ (۱,۲۰۰ → ۱٬۲۰۰). With Separators(Latin) ٫ and ٬
// between digits become . and ,.
func (n *Normalizer) rewriteDigits(st *lineState, tok string, convert bool) string {
	o := &n.o
	b := newLazy(tok, st.b)
	persian := func(r rune) bool { return isPersianDigit(r) || convert && r >= '0' && r <= '9' }
	for i := 0; i < len(tok); {
		r, size := decode(tok[i:])
		switch {
		case r >= '0' && r <= '9':
			if convert {
				b.replaceRune(i, i+size, r-'0'+'۰')
			}
		case o.separators == Persian && (r == '.' || r == ','):
			p := lastBefore(tok, i)
			q, _ := decode(tok[i+size:])
			if !persian(p) || !persian(q) {
				break
			}
			cnt, end := digitRun(tok, i+size)
			after, _ := decode(tok[end:])
			before := lastBefore(tok, digitRunStart(tok, i))
			if r == '.' && after != '.' && after != '٫' && before != '.' && before != '٫' && before != '/' && after != '/' {
				b.replaceRune(i, i+size, '٫')
			} else if r == ',' && cnt == 3 && !isDigit(after) {
				b.replaceRune(i, i+size, '٬')
			}
		case o.separators == Latin && (r == '٫' || r == '٬'):
			if isDigit(lastBefore(tok, i)) {
				if q, _ := decode(tok[i+size:]); isDigit(q) {
					if r == '٫' {
						b.replace(i, i+size, ".")
					} else {
						b.replace(i, i+size, ",")
					}
				}
			}
		}
		i += size
	}
	out := b.result()
	st.b = b.buf
	return out
}
