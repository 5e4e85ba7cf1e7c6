package categories

import "testing"

func TestEastAsianSurname(t *testing.T) {
	for _, tc := range []struct {
		word             string
		listed, alsoWord bool
	}{
		{"Zhang", true, false},
		{"NGUYEN", true, false},
		{"Nguyễn", true, false},
		{"Trần", true, false},
		{"Phạm", true, false},
		{"Le", true, true},
		{"Park", true, true},
		{"Smith", false, false},
		{"Иванов", false, false},
	} {
		listed, alsoWord := EastAsianSurname([]byte(tc.word))
		if listed != tc.listed || alsoWord != tc.alsoWord {
			t.Errorf("EastAsianSurname(%q) = %v, %v; want %v, %v", tc.word, listed, alsoWord, tc.listed, tc.alsoWord)
		}
	}
}

func TestSyllabicGivenName(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Wei", true},
		{"Jianguo", true},
		{"Jiahui", true},
		{"Xiaoming", true},
		{"Thị", true},
		{"Văn", true},
		{"Hoa", true},
		{"Trang", true},
		{"Nguyệt", true},
		{"Min-jun", true},
		{"Seo-yeon", true},
		{"Hyun", true},
		{"Na", true},
		{"Consulting", false}, // l ends no syllable
		{"Microsystems", false},
		{"Street", false},
		{"Avenue", true}, // a-ve-nue: the test is loose, the family name carries the weight
		{"Group", false},
		{"X", false},
		{"Đức", true},
		{"Иван", false},
	} {
		if got := SyllabicGivenName([]byte(tc.word)); got != tc.want {
			t.Errorf("SyllabicGivenName(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestFoldLatin(t *testing.T) {
	for in, want := range map[string]string{
		"Łukasz": "lukasz", "Nguyễn": "nguyen", "Đặng": "dang", "Müller": "muller",
		"Straße": "strasse", "Ưng": "ung", "ASCII": "ascii",
	} {
		got, ok := FoldLatin(nil, []byte(in))
		if !ok || string(got) != want {
			t.Errorf("FoldLatin(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := FoldLatin(nil, []byte("Αθήνα")); ok {
		t.Error("FoldLatin accepted Greek letters")
	}
}
