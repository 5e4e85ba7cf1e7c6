package anon

import "testing"

func TestEDIElements(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
		end  int
	}{
		{"CZ+4012345000009::9++Ziegler GmbH+Str. 22'", []string{"CZ", "4012345000009::9", "", "Ziegler GmbH", "Str. 22"}, 41},
		{"CN+++O?'Brien?+Sons+Main St'", []string{"CN", "", "", "O?'Brien?+Sons", "Main St"}, 27},
		{"CN+no end", nil, -1},
		{"CN+line\nbreak'", nil, -1},
	} {
		el, end := ediElements([]byte(tc.in), 0)
		if end != tc.end || len(el) != len(tc.want) {
			t.Errorf("ediElements(%q) = %d elements, end %d; want %d, %d", tc.in, len(el), end, len(tc.want), tc.end)
			continue
		}
		for n, e := range el {
			if got := tc.in[e.start:e.end]; got != tc.want[n] {
				t.Errorf("ediElements(%q)[%d] = %q, want %q", tc.in, n, got, tc.want[n])
			}
		}
	}
}
