package anon

import "testing"

func TestEncodedWord(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		text string
	}{
		{"=?UTF-8?B?5bGx55SwIOWkqumDjg==?= <x@y>", 32, "山田 太郎"},
		{"=?utf-8?q?Ren=C3=A9_M=C3=BCller?=", 33, "René Müller"},
		{"=?ISO-2022-JP?B?GyRCRU9KVRsoQiAbJEJmRkJAGyhC?=", 46, ""}, // another charset: no text
		{"=?UTF-8?B?not base64!?=", 23, ""},
		{"=?UTF-8?X?abc?=", 0, ""},
		{"=?UTF-8?B?abc", 0, ""},
		{"=?", 0, ""},
	} {
		n, text := encodedWord([]byte(tc.in))
		if n != tc.n || string(text) != tc.text {
			t.Errorf("encodedWord(%q) = %d, %q; want %d, %q", tc.in, n, text, tc.n, tc.text)
		}
	}
}
