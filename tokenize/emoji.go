package tokenize

import "unicode/utf8"

// isEmojiStart reports whether r is a pictograph shown as an emoji by
// default (an approximation of Unicode's Extended_Pictographic with
// Emoji_Presentation, by block): the emoji planes U+1F000–U+1FAFF (regional
// indicators included), Miscellaneous Symbols and Dingbats U+2600–U+27BF, and
// the few emoji outside them.
func isEmojiStart(r rune) bool {
	switch {
	case 0x1F000 <= r && r <= 0x1FAFF, 0x2600 <= r && r <= 0x27BF:
		return true
	case r == 0x231A, r == 0x231B, 0x23E9 <= r && r <= 0x23F3, 0x23F8 <= r && r <= 0x23FA,
		r == 0x2B1B, r == 0x2B1C, r == 0x2B50, r == 0x2B55, r == 0x3030, r == 0x303D,
		r == 0x3297, r == 0x3299:
		return true
	}
	return false
}

// isTextPictograph reports whether r is a pictograph shown as text unless a
// variation selector 16 (U+FE0F) follows it: © ® ‼ ⁉ ™ ℹ, arrows, technical
// symbols.
func isTextPictograph(r rune) bool {
	return r == 0xA9 || r == 0xAE || r == 0x203C || r == 0x2049 || r == 0x2122 || r == 0x2139 ||
		0x2194 <= r && r <= 0x21AA || 0x2300 <= r && r <= 0x23FF || 0x2B00 <= r && r <= 0x2BFF
}

func isRegional(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }

// emojiAt returns the width of the emoji base at text[i], or 0.
func emojiAt(text string, i int) int {
	if i >= len(text) || text[i] < 0x80 {
		return 0
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	if isEmojiStart(r) {
		return w
	}
	if isTextPictograph(r) && hasVS16(text, i+w) {
		return w
	}
	return 0
}

func hasVS16(text string, i int) bool {
	return i+2 < len(text) && text[i] == 0xEF && text[i+1] == 0xB8 && text[i+2] == 0x8F
}

// keycap returns the end of a keycap emoji at text[i] ([0-9#*], optional
// U+FE0F, U+20E3 combining enclosing keycap), or i.
func keycap(text string, i int) int {
	j := i + 1
	if hasVS16(text, j) {
		j += 3
	}
	if j+2 < len(text) && text[j] == 0xE2 && text[j+1] == 0x83 && text[j+2] == 0xA3 {
		return j + 3
	}
	return i
}

// scanEmoji returns the end of the emoji sequence at text[i], or i: a flag
// (two regional indicators), or pictographs each followed by variation
// selectors, skin-tone modifiers (U+1F3FB–U+1F3FF), tag characters
// (subdivision flags) or the keycap mark, joined by ZWJ (U+200D): «👩🏽‍💻»,
// «👨‍👩‍👧», «🏴󠁧󠁢󠁳󠁣󠁴󠁿», «🇮🇷» are one token each.
func scanEmoji(text string, i int) int {
	r, w := utf8.DecodeRuneInString(text[i:])
	if isRegional(r) {
		j := i + w
		if j < len(text) {
			if r2, w2 := utf8.DecodeRuneInString(text[j:]); isRegional(r2) {
				return j + w2
			}
		}
		return j
	}
	j := i
	for {
		w := emojiAt(text, j)
		if w == 0 {
			return j
		}
		j += w
		for j < len(text) {
			r, w := utf8.DecodeRuneInString(text[j:])
			if r == 0xFE0F || r == 0xFE0E || 0x1F3FB <= r && r <= 0x1F3FF || r == 0x20E3 || 0xE0020 <= r && r <= 0xE007F {
				j += w
				continue
			}
			break
		}
		if j+2 < len(text) && text[j] == 0xE2 && text[j+1] == 0x80 && text[j+2] == 0x8D && emojiAt(text, j+3) > 0 {
			j += 3
			continue
		}
		return j
	}
}
