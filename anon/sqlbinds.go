package anon

import (
	"bytes"
	"unicode/utf8"
)

// Oracle's unified audit trail writes a statement's bind values after it, in SQL_BINDS:
// " #1(16):+420 603 512 948 #2(5):Praha", each value prefixed by its position and its
// length in characters. A value is read as what its column names: the statement assigns
// placeholders to columns (SET city = :3, WHERE email = :1) or lists both (INSERT INTO t
// (a, b) VALUES (:1, :2)); the n-th bind is the n-th placeholder. A value whose column
// names nothing is scanned as text.

// oracleBindsStart returns where " #1(" starts a bind list in s, or -1.
func oracleBindsStart(s []byte) int {
	k := bytes.Index(s, []byte(" #1("))
	if k < 0 {
		return -1
	}
	if _, _, ok := oracleBindAt(s, k+1); !ok {
		return -1
	}
	return k + 1
}

// oracleBindAt reads the bind "#N(L):" at s[i] and returns where its value starts and
// ends (L characters on).
func oracleBindAt(s []byte, i int) (start, end int, ok bool) {
	k := i + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == i+1 || k >= len(s) || s[k] != '(' {
		return 0, 0, false
	}
	n, l := 0, k+1
	for l < len(s) && isDigit(s[l]) && n < 1<<20 {
		n = n*10 + int(s[l]-'0')
		l++
	}
	if l == k+1 || l+1 >= len(s) || s[l] != ')' || s[l+1] != ':' {
		return 0, 0, false
	}
	start = l + 2
	end = start
	for c := 0; c < n && end < len(s); c++ {
		_, size := utf8.DecodeRune(s[end:])
		end += size
	}
	return start, end, true
}

// bindColumns returns the column each placeholder of the statement in s stands for, in
// the order the placeholders come ("" where none is named).
func bindColumns(s []byte, dst [][]byte) [][]byte {
	var insertCols [][]byte
	if v := bytes.Index(s, []byte(" VALUES (")); v > 0 {
		if open := bytes.LastIndexByte(s[:v], '('); open > 0 {
			if close := bytes.IndexByte(s[open:v], ')'); close > 0 {
				for _, c := range bytes.Split(s[open+1:open+close], []byte{','}) {
					insertCols = append(insertCols, bytes.TrimSpace(c))
				}
			}
		}
	}
	inValues := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] != ':' || !isAlnum(s[i+1]) || i > 0 && isAlnum(s[i-1]) {
			continue
		}
		col := []byte(nil)
		k := i
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		if k > 0 && s[k-1] == '=' {
			// col = :3, col=:3 (and <=, >=, != before it name a column too)
			e := k - 1
			for e > 0 && (s[e-1] == ' ' || s[e-1] == '<' || s[e-1] == '>' || s[e-1] == '!') {
				e--
			}
			b := e
			for b > 0 && (isAlnum(s[b-1]) || s[b-1] == '_') {
				b--
			}
			col = s[b:e]
		} else if insertCols != nil && k > 0 && (s[k-1] == '(' || s[k-1] == ',') {
			if inValues < len(insertCols) {
				col = insertCols[inValues]
			}
			inValues++
		}
		dst = append(dst, col)
	}
	return dst
}

// oracleBinds reads the bind list that starts at s[at], its columns named by the
// statement before it.
func (w *worker) oracleBinds(s []byte, at, base int) {
	var colsBuf [16][]byte
	cols := bindColumns(s[:at], colsBuf[:0])
	where := w.where
	defer func() { w.where = where }()
	for i := at; i < len(s); {
		start, end, ok := oracleBindAt(s, i)
		if !ok {
			w.scanFrom(s, i, modePlain, '\t', base)
			return
		}
		pos := 0
		for k := i + 1; isDigit(s[k]); k++ {
			pos = pos*10 + int(s[k]-'0')
		}
		cat := ""
		if pos >= 1 && pos <= len(cols) && len(cols[pos-1]) > 0 {
			cat = sqlColumnCategory(w.e.rawKeys, cols[pos-1])
		}
		if end > start {
			if cat != "" {
				w.where = w.label("key", cols[pos-1])
				w.contextValue(cat, s, start, end, base)
			} else {
				w.where = where
				w.scanFrom(s[:end], start, modePlain, '\t', base)
			}
		}
		i = end
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
}
