package anon

import "testing"

func TestNameBeforeHonorificEnd(t *testing.T) {
	tests := []struct {
		in, name string // name: the part taken as a person's name, "" for none
	}{
		{"伊藤 正和 先生", "伊藤 正和"},
		{"山本太郎様より", "山本太郎"},
		{"山田 さん", "山田"},
		{"佐々木 あかり様", "佐々木 あかり"},
		{"グエン・ヴァン・ナム 様", "グエン・ヴァン・ナム"},
		{"김민수 님", "김민수"},
		{"이수진님", "이수진"},
		{"김 민수 씨", "김 민수"},
		{"お客様", ""},
		{"利用者様", ""},
		{"皆様", ""},
		{"先生方", ""},
		{"部長様", ""},
		{"ユーザー様", ""},
		{"고객님", ""},
		{"관리자님", ""},
		{"문의 김민수 님", ""},
		{"님 고객님", ""},
		{"山田 太郎", ""},
		{"山田様式", ""},
	}
	for _, tt := range tests {
		s := []byte(tt.in)
		got := string(s[:nameBeforeHonorificEnd(s, 0)])
		if got != tt.name {
			t.Errorf("nameBeforeHonorificEnd(%q) took %q, want %q", tt.in, got, tt.name)
		}
	}
}

func TestJapaneseFullNameEnd(t *testing.T) {
	tests := []struct {
		in, name string // name: the part taken as a person's name, "" for none
	}{
		{"佐藤 健一,GX-NAIKA", "佐藤 健一"},
		{"渡辺\u3000さくら", "渡辺\u3000さくら"},
		{"山田 花子 外来", "山田 花子"},
		{"外来 内科", ""},     // no family name: a ward's department
		{"佐藤健一", ""},      // no blank: a name or a word, no telling
		{"田中 太郎丸山の件", ""}, // the given name runs on
	}
	for _, tt := range tests {
		s := []byte(tt.in)
		got := string(s[:japaneseFullNameEnd(s, 0)])
		if got != tt.name {
			t.Errorf("japaneseFullNameEnd(%q) took %q, want %q", tt.in, got, tt.name)
		}
	}
}
