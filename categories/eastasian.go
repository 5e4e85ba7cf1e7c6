package categories

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names written the East Asian way, family name first (Zhang Wei, Wang Jianguo, Nguyễn
// Thị Hoa, Kim Min-jun), have no given name of the lists to be found by. They are found by
// a listed family name followed by given names made of one to three syllables of Chinese
// pinyin, Vietnamese or Korean romanization. The syllable test is loose (English words
// such as "Data" pass it), so the family name carries the weight: family names that are
// also common words of European languages (Le, Ho, Park, Long) count only before two
// such words (Le Van Minh, not Le Monde).

// eastAsianSurnames maps the folded romanized family names to whether they are also
// common words (and so need two given names after them).
var eastAsianSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`wang li zhang liu chen yang huang zhao wu zhou xu zhu guo gao
		lin luo zheng liang xie tang han feng deng cao peng zeng xiao tian dong yuan cai jiang du
		cheng wei ding ren shen yao zhong cui jin jia xia fu fang zou xiong meng qin qiu hou yin
		xue yan duan lei shi tao mao hao gong shao wan qian kong zhan qiao chang
		chan wong cheung leung lau chow tsang kwok yeung tse ng
		nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly dinh trinh truong
		kim lee choi jung jeong cho yoon jang lim shin kwon hwang ahn seo yoo`) {
		m[s] = false
	}
	for _, s := range strings.Fields(`le ho do ma he an oh so long song park fan pan tan hong bai lam
		yu lu su hu gu ye lai kang sun`) {
		m[s] = true
	}
	return m
}()

// EastAsianSurname reports whether word (any case, diacritics of Latin scripts and of
// Vietnamese folded) is a listed East Asian family name, and whether it is also a common
// word of European languages.
func EastAsianSurname(word []byte) (listed, alsoWord bool) {
	var buf [24]byte
	folded, ok := FoldLatin(buf[:0], word)
	if !ok {
		return false, false
	}
	alsoWord, listed = eastAsianSurnames[string(folded)]
	return listed, alsoWord
}

// SyllabicGivenName reports whether word, folded, is made of one to three romanized
// syllables (Wei, Jianguo, Thị, Min-jun): an optional initial consonant or cluster, one to
// three vowels and an optional final n, ng, nh, m, c, ch, p or t.
func SyllabicGivenName(word []byte) bool {
	var buf [24]byte
	folded, ok := FoldLatin(buf[:0], word)
	if !ok || len(folded) < 2 || len(folded) > 12 {
		return false
	}
	syllables := 0
	for part := range strings.SplitSeq(string(folded), "-") {
		n := syllableCount(part)
		if n == 0 {
			return false
		}
		syllables += n
	}
	return syllables <= 3
}

var syllableInitials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "sh", "th", "tr", "zh",
	"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z", ""}

var syllableFinals = []string{"ng", "nh", "ch", "n", "m", "c", "p", "t", ""}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

// syllableCount returns the fewest syllables s splits into, or 0 when it does not split
// (or takes more than three).
func syllableCount(s string) int {
	// best[k]: the fewest syllables that make s[:k], 0 for none.
	var best [13]int
	if len(s) == 0 || len(s) >= len(best) {
		return 0
	}
	const none = 0
	reach := func(k, n int) {
		if best[k] == none || n < best[k] {
			best[k] = n
		}
	}
	for k := 0; k < len(s); k++ {
		if k > 0 && best[k] == none {
			continue
		}
		for _, in := range syllableInitials {
			if !strings.HasPrefix(s[k:], in) {
				continue
			}
			v := k + len(in)
			e := v
			for e < len(s) && e-v < 3 && isVowel(s[e]) {
				e++
			}
			if e == v {
				continue
			}
			for n := v + 1; n <= e; n++ { // the nucleus may end before the next syllable's y or u
				for _, fin := range syllableFinals {
					if strings.HasPrefix(s[n:], fin) {
						reach(n+len(fin), best[k]+1)
					}
				}
			}
		}
	}
	if best[len(s)] > 3 {
		return 0
	}
	return best[len(s)]
}

// FoldLatin appends word to dst in lower case ASCII, with the diacritics of European Latin
// alphabets and of Vietnamese dropped (Łukasz is lukasz, Nguyễn is nguyen); it reports
// false for a letter of another script.
func FoldLatin(dst, word []byte) ([]byte, bool) {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(word[i:])
		base, ok := latinBase[unicode.ToLower(r)]
		if !ok {
			return dst, false
		}
		dst = append(dst, base...)
		i += size
	}
	return dst, true
}
