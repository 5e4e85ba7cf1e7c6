package main

import (
	"strings"
	"testing"
)

func TestCompareJSONShape(t *testing.T) {
	deep := func(key string) string {
		return strings.Repeat(`{"a":`, 400) + `{"k":1,"` + key + `":[{"x":"10.1.2.3"}]}` + strings.Repeat("}", 400)
	}
	tests := []struct {
		name, orig, anon, want string
	}{
		{"same", `{"a":{"b":["x",{"c":1}]}}`, `{"a":{"b":["y",{"c":2}]}}`, ""},
		{"key renamed", `{"a":{"b":["x",{"c":1}]}}`, `{"a":{"b":["x",{"d":1}]}}`, `JSON key path 5 is "a.b[].d", the original has "a.b[].c"`},
		{"array at the top", `[{"u":"x"}]`, `[{"v":"x"}]`, `JSON key path 2 is "[].v", the original has "[].u"`},
		{"key added", `{"a":1}`, `{"a":1,"b":2}`, "JSON record has 2 key paths, the original has 1"},
		{"not JSON", `{"a":1}`, `{"a":1`, "not valid JSON any more"},
		{"deep, same", deep("m"), deep("m"), ""},
		{"deep, renamed", deep("m"), deep("n"), `JSON key path 402 is "` + strings.Repeat("a.", 400) + `n", the original has "` + strings.Repeat("a.", 400) + `m"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compareJSONShape([]byte(tt.orig), []byte(tt.anon)); got != tt.want {
				t.Errorf("compareJSONShape = %.200q, want %.200q", got, tt.want)
			}
		})
	}
}
