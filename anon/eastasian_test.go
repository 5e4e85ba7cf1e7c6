package anon

import "testing"

// TestEastAsianNameEnds checks where a name is taken to end before an honorific
// (nameBeforeHonorificEnd) and as a listed Japanese family name and a given name
// (japaneseFullNameEnd).
func TestEastAsianNameEnds(t *testing.T) {
	honorific, family := nameBeforeHonorificEnd, japaneseFullNameEnd
	tests := []struct {
		end      func([]byte, int) int
		in, name string // name: the part taken as a person's name, "" for none
	}{
		{honorific, "伊藤 正和 先生", "伊藤 正和"},
		{honorific, "山本太郎様より", "山本太郎"},
		{honorific, "山田 さん", "山田"},
		{honorific, "佐々木 あかり様", "佐々木 あかり"},
		{honorific, "グエン・ヴァン・ナム 様", "グエン・ヴァン・ナム"},
		{honorific, "김민수 님", "김민수"},
		{honorific, "이수진님", "이수진"},
		{honorific, "김 민수 씨", "김 민수"},
		{honorific, "お客様", ""},
		{honorific, "利用者様", ""},
		{honorific, "皆様", ""},
		{honorific, "先生方", ""},
		{honorific, "部長様", ""},
		{honorific, "ユーザー様", ""},
		{honorific, "고객님", ""},
		{honorific, "관리자님", ""},
		{honorific, "문의 김민수 님", ""},
		{honorific, "님 고객님", ""},
		{honorific, "山田 太郎", ""},
		{honorific, "山田様式", ""},
		{family, "佐藤 健一,GX-NAIKA", "佐藤 健一"},
		{family, "渡辺\u3000さくら", "渡辺\u3000さくら"},
		{family, "山田 花子 外来", "山田 花子"},
		{family, "外来 内科", ""},     // no family name: a ward's department
		{family, "佐藤健一", ""},      // no blank: a name or a word, no telling
		{family, "田中 太郎丸山の件", ""}, // the given name runs on
	}
	for _, tt := range tests {
		s := []byte(tt.in)
		if got := string(s[:tt.end(s, 0)]); got != tt.name {
			t.Errorf("%q: took %q, want %q", tt.in, got, tt.name)
		}
	}
}
