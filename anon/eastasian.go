package anon

import (
	"bytes"
	"github.com/siemanon/siemanon/categories"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameBeforeHonorificEnd returns the end of a person's name at s[i] that a Japanese or Korean
// honorific follows, or i: 伊藤 正和 先生, 佐々木 あかり様, 山本太郎様, グエン・ヴァン・ナム 様,
// 김민수 님. The honorific is what says "person" here, so the name itself may be a
// surname alone (山田様); words that are roles, not names (利用者様, 관리자님, お客様),
// end in a role's character or start with a polite prefix in kana, and stay.
func nameBeforeHonorificEnd(s []byte, i int) int {
	if honorificPrefix(s, i) {
		return i // (님 고객님: the honorific of the name before)
	}
	end := eastAsianNameRunEnd(s, i)
	if end == i {
		return i
	}
	k := end
	switch {
	case k < len(s) && s[k] == ' ':
		k++
	case hasPrefixAt(s, k, "\u3000"):
		k += len("\u3000")
	}
	if !honorificAt(s, k, hangulAt(s, i)) {
		return i
	}
	return end
}

// eastAsianNameRunEnd returns the end of a name's characters at s[i]: a family name in Han
// (or Hangul), then optionally a blank and a given name in Han or kana; a foreign name in
// katakana with its middle dots; or i.
func eastAsianNameRunEnd(s []byte, i int) int {
	if hangulAt(s, i) {
		e, n := runOf(s, i, 4, func(r rune) bool { return unicode.Is(unicode.Hangul, r) })
		if n == 0 || roleEnding(s[i:e]) {
			return i
		}
		if n > 1 {
			return e
		}
		// 김 민수: the family name apart (a word of two syllables before a name is as
		// often a verb's: 문의 김민수 님)
		if f, m := runOf(s, e+1, 3, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }); m >= 1 && s[e] == ' ' && !roleEnding(s[e+1:f]) {
			return f
		}
		return i
	}
	if r, _ := utf8.DecodeRune(s[i:]); unicode.Is(unicode.Katakana, r) {
		e, n := runOf(s, i, 16, func(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == '・' || r == 'ー' })
		if n < 4 || !bytes.ContainsRune(s[i:e], '・') {
			return i // a single word in katakana is a loanword as often (ユーザー様)
		}
		return e
	}
	e, n := runOf(s, i, 4, func(r rune) bool { return unicode.Is(unicode.Han, r) })
	if n == 0 {
		return i // a word in hiragana first: お客様, ご担当者様
	}
	if sep := blankAt(s, e); sep > 0 && n <= 3 && !honorificPrefix(s, e+sep) {
		if f, m := runOf(s, e+sep, 4, func(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }); m >= 1 && !roleEnding(s[e+sep:f]) {
			return f
		}
	}
	if n < 2 || roleEnding(s[i:e]) {
		return i // 皆様; 利用者様, 会員様, 部長様
	}
	return e
}

// roleEnding reports a word whose last character makes it a role or a group, not a name:
// 者 (利用者), 員 (会員), 長 (部長), 客, 社, 方, 位, 人; in Korean 자 (관리자), 원 (회원),
// 객 (고객), 생 (선생), 장 (팀장), 분.
func roleEnding(w []byte) bool {
	r, _ := utf8.DecodeLastRune(w)
	switch r {
	case '者', '員', '長', '客', '社', '方', '位', '人', '様', '生', '자', '원', '객', '생', '장', '분':
		return true
	}
	return false
}

// honorificAt reports an honorific at s[k] and no letter after it: 様, さま, さん, 先生,
// 殿, 氏, くん, ちゃん; in Korean 님, 씨.
func honorificAt(s []byte, k int, korean bool) bool {
	words := japaneseHonorifics
	if korean {
		words = koreanHonorifics
	}
	for _, h := range words {
		if hasPrefixAt(s, k, h) {
			// (先生方: the teachers; a particle after the honorific is fine: 様より, 様の)
			r, _ := utf8.DecodeRune(s[k+len(h):])
			return k+len(h) == len(s) || !unicode.In(r, unicode.Han, unicode.Katakana, unicode.Hangul) && !isAlnum(s[k+len(h)])
		}
	}
	return false
}

var (
	japaneseHonorifics = []string{"様", "さま", "さん", "先生", "殿", "氏", "くん", "ちゃん"}
	koreanHonorifics   = []string{"님", "씨"}
)

// honorificPrefix reports an honorific's first characters at s[k], in either language.
func honorificPrefix(s []byte, k int) bool {
	for _, words := range [...][]string{japaneseHonorifics, koreanHonorifics} {
		for _, h := range words {
			if hasPrefixAt(s, k, h) {
				return true
			}
		}
	}
	return false
}

// runOf returns where the characters that ok accepts end from s[i], taking at most limit of
// them (none if there are more), and how many there were.
func runOf(s []byte, i, limit int, ok func(rune) bool) (int, int) {
	n := 0
	for i < len(s) {
		r, size := utf8.DecodeRune(s[i:])
		if !ok(r) || n > 0 && honorificPrefix(s, i) {
			break // (山本太郎様: the honorific is written on, without a blank)
		}
		if n++; n > limit {
			return i, 0
		}
		i += size
	}
	return i, n
}

// blankAt returns the length of a blank or an ideographic space at s[k], or 0.
func blankAt(s []byte, k int) int {
	switch {
	case k < len(s) && s[k] == ' ':
		return 1
	case hasPrefixAt(s, k, "\u3000"):
		return len("\u3000")
	}
	return 0
}

// hangulAt reports a Hangul syllable at s[i] (U+AC00 to U+D7A3: lead bytes 0xEA to 0xED).
func hangulAt(s []byte, i int) bool {
	return i < len(s) && s[i] >= 0xEA && s[i] <= 0xED && unicode.Is(unicode.Hangul, firstRune(s[i:]))
}

// firstRune returns the character b starts with.
func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

// nameBeforeHonorific maps a name an honorific follows at s[i] (see nameBeforeHonorificEnd),
// or a Japanese name of a listed family name (japaneseFullNameEnd), and returns its end,
// or i.
func (w *worker) nameBeforeHonorific(s []byte, i, base int) int {
	end := nameBeforeHonorificEnd(s, i)
	if end == i {
		end = japaneseFullNameEnd(s, i) // (no honorific: a listed family name, then a given name)
	}
	if end > i && w.e.cats.on(categories.Fullname) {
		w.where = wherePhrase
		w.contextValue(categories.Fullname, s, i, end, base)
	}
	return end
}

// japaneseFullNameEnd returns the end of a Japanese person's name at s[i] written as a
// listed family name, a blank (or an ideographic space) and a given name of one to four
// Han or kana characters, then no other letter (佐藤 健一, 渡辺 さくら); or i. Without
// the family name's list, two words of Han are as often a term (外来 内科).
func japaneseFullNameEnd(s []byte, i int) int {
	e, n := runOf(s, i, 3, func(r rune) bool { return unicode.Is(unicode.Han, r) })
	if n == 0 || !japaneseFamilyNames[string(s[i:e])] {
		return i
	}
	sep := blankAt(s, e)
	if sep == 0 {
		return i
	}
	f, m := runOf(s, e+sep, 4, func(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) })
	if m == 0 || f < len(s) && (isAlnum(s[f]) || s[f] >= 0x80 && unicode.IsLetter(firstRune(s[f:]))) {
		return i
	}
	return f
}

// japaneseFamilyNames are Japan's most common family names (by the number of people who
// bear them), in their usual kanji.
var japaneseFamilyNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本
		井上 木村 林 斎藤 斉藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田
		後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内
		小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口
		今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎
		菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大島 西田 桜井 渡部 北村 服部 中西 安田 川口
		永井 荒木 平田 岩田 辻 小松 大西 田口 松岡 秋山 中田 水野 関 東 吉川 飯田 土屋 石原 望月 片山`) {
		m[n] = true
	}
	return m
}()
