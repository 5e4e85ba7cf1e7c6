package anon

import (
	"strings"
	"testing"
)

func TestBindColumns(t *testing.T) {
	tests := []struct {
		stmt string
		want string // the columns of the placeholders in order, "-" for none
	}{
		{"UPDATE hr.employees SET phone_number = :1, city=:2 WHERE employee_id = :3", "phone_number city employee_id"},
		{"INSERT INTO claims.claim (policy_no, claimant, iban) VALUES (:policy, :name, :iban)", "policy_no claimant iban"},
		{"SELECT * FROM t WHERE a >= :1 AND lower(b) = :2", "a -"},
		{"SELECT '10:30' FROM dual WHERE x = :1", "x"},
	}
	for _, tt := range tests {
		var names []string
		for _, c := range bindColumns([]byte(tt.stmt), nil) {
			if len(c) == 0 {
				names = append(names, "-")
			} else {
				names = append(names, string(c))
			}
		}
		if got := strings.Join(names, " "); got != tt.want {
			t.Errorf("bindColumns(%q) = %q; want %q", tt.stmt, got, tt.want)
		}
	}
}

func TestOracleBindAt(t *testing.T) {
	s := []byte("#2(20):Vinohradská 1511/230 #3(5):Praha")
	start, end, ok := oracleBindAt(s, 0)
	if !ok || string(s[start:end]) != "Vinohradská 1511/230" {
		t.Errorf("oracleBindAt = %q, %v; want the 20 characters of the value", s[start:end], ok)
	}
	if _, _, ok := oracleBindAt([]byte("#1 (5):x"), 0); ok {
		t.Error("oracleBindAt read a bind without its (length):")
	}
}
