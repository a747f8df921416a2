package tokenize

import (
	"iter"
	"strings"
)

// VerbPhrases is the optional word-joining pass: it yields the ranges of
// tokens (indices into tokens, which must be the tokens of text, as [Tokens]
// or [Split] give them) that together form one multi-word verb, so that a
// caller may treat «خواهد شد» or «گفته شده است» as one unit. It is off by
// default: [Tokens], [Sentences] and [Split] never join words. Each range
// holds two or more Word tokens separated by spaces on one line. Iterating
// allocates nothing.
//
// The phrases recognised, in normalized spelling (Persian Academy grammar,
// compound tenses):
//
//   - the future tense: a bare form of the auxiliary خواستن followed by a
//     word shaped like a past stem (ending in د or ت), «خواهد شد», «نخواهند
//     یافت», «خواهیم کرد»;
//   - the perfect, pluperfect and passive: a past participle followed by
//     auxiliaries, «گفته است», «کرده بودند», «داده شد», «گفته شده است»,
//     «اعلام شده باشد», «دیده خواهد شد».
//
// A past participle is a word ending in «ده» or «ته» (every Persian past
// stem ends in د or ت), which is how the pass finds it without a verb list;
// agent nouns in «نده» («کننده», «آینده») and a short list of nouns and
// adjectives in «ده»/«ته» («خانواده», «هفته», «آماده», «استفاده») are not
// participles. Compound verbs with a nominal part («تشکر کرد») are not
// joined.
func VerbPhrases(text string, tokens []Token) iter.Seq[Range] {
	return func(yield func(Range) bool) {
		for i := 0; i < len(tokens); {
			end := verbPhraseEnd(text, tokens, i)
			if end-i < 2 {
				i++
				continue
			}
			if !yield(Range{i, end}) {
				return
			}
			i = end
		}
	}
}

// verbPhraseEnd returns the end of the verb phrase that starts at
// tokens[i], or i+1 when none does.
func verbPhraseEnd(text string, tokens []Token, i int) int {
	w := tokens[i]
	if w.Kind != Word {
		return i + 1
	}
	switch {
	case isFutureAux(w.Text):
		// خواهد + past stem; the stem ends the phrase.
		if joined(text, tokens, i+1) && isPastStem(tokens[i+1].Text) {
			return i + 2
		}
		return i + 1
	case !isParticiple(w.Text):
		return i + 1
	}
	j := i + 1
	for joined(text, tokens, j) {
		t := tokens[j].Text
		switch {
		case isAux(t):
			j++
			if t != "شده" { // شده may take another auxiliary: «گفته شده است»
				return j
			}
		case isFutureAux(t) && joined(text, tokens, j+1) && isAux(tokens[j+1].Text):
			return j + 2 // «دیده خواهد شد»
		default:
			return j
		}
	}
	return j
}

// joined reports whether tokens[j] is a Word separated from the token before
// it by spaces on the same line.
func joined(text string, tokens []Token, j int) bool {
	if j >= len(tokens) || tokens[j].Kind != Word {
		return false
	}
	gap := text[tokens[j-1].End:tokens[j].Start]
	return gap != "" && strings.IndexAny(gap, "\n\r\u0085\u2028\u2029") < 0
}

// isFutureAux reports whether w is a bare (optionally negated) present form
// of خواستن, the future auxiliary: خواهم … خواهند, نخواهم … نخواهند.
func isFutureAux(w string) bool {
	w = strings.TrimPrefix(w, "ن")
	switch w {
	case "خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند":
		return true
	}
	return false
}

// isPastStem reports whether w has the shape of a past stem: every Persian
// past stem ends in د or ت («شد», «یافت»), so «نخواهیم صلح» is no future.
func isPastStem(w string) bool {
	return strings.HasSuffix(w, "د") || strings.HasSuffix(w, "ت")
}

// isAux reports whether w is an auxiliary that follows a past participle:
// the enclitic copula written apart (است، اند …), بودن (pluperfect), باشد
// (perfect subjunctive) and شدن (passive).
func isAux(w string) bool {
	switch w {
	case "است", "ام", "ای", "ایم", "اید", "اند", "نیست", "نیستند",
		"بود", "بودم", "بودی", "بودیم", "بودید", "بودند",
		"باشد", "باشم", "باشی", "باشیم", "باشید", "باشند",
		"شد", "شدم", "شدی", "شدیم", "شدید", "شدند", "شده",
		"نشد", "نشدند", "نشده",
		"شود", "شوند", "می\u200cشود", "می\u200cشوند", "نمی\u200cشود", "نمی\u200cشوند":
		return true
	}
	return false
}

// isParticiple reports whether w has the shape of a past participle: at
// least three letters ending in «ده» or «ته», not an agent noun in «نده»
// (but «انده», the causative participle of «مانده», «رسانده», is one), and
// not one of the common nouns and adjectives of that shape.
func isParticiple(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "ه") {
		return false
	}
	stem := w[:len(w)-len("ه")]
	if !strings.HasSuffix(stem, "د") && !strings.HasSuffix(stem, "ت") {
		return false
	}
	if strings.HasSuffix(stem, "ند") && !strings.HasSuffix(stem, "اند") {
		return false
	}
	switch w {
	case "آماده", "استفاده", "اراده", "پیاده", "جاده", "خانواده", "ساده",
		"عمده", "فایده", "فوق\u200cالعاده", "قاعده", "ماده", "مشاهده",
		"معاهده", "وعده", "عقیده", "زاده", "پرده", "عده",
		"هفته", "خسته", "دسته", "رشته", "فرشته", "پسته", "نکته", "تخته", "کمیته":
		return false
	}
	return true
}
