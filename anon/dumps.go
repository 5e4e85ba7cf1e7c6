package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// Credential dumps and cracking tools print passwords and the hashes that stand for them
// in shapes of their own. They reach a SIEM as the console output of an incident or a
// penetration test; every such hash can be cracked offline, so each is a secret.

// wholeLineCredential reports whether s[pw:] is the rest of the line and a password
// alone: no blank in it, something in it. secretsdump prints an LSA secret's account and
// password as a line of their own (CORP\svc_sql:Password1).
func wholeLineCredential(s []byte, pw int) bool {
	end := len(s)
	for end > pw && (s[end-1] == '\r' || s[end-1] == '\n') {
		end--
	}
	return end > pw && bytes.IndexAny(s[pw:end], " \t") < 0
}

// kerberosKeyTypes are the key types secretsdump and mimikatz name before a Kerberos key
// (DOMAIN\HOST$:aes256-cts-hmac-sha1-96:KEY; aes256_hmac (4096) : KEY).
var kerberosKeyTypes = map[string]bool{
	"aes256-cts-hmac-sha1-96": true, "aes128-cts-hmac-sha1-96": true, "des-cbc-md5": true,
	"rc4-hmac": true, "plain_password_hex": true,
	"aes256_hmac": true, "aes128_hmac": true, "rc4_hmac_nt": true, "rc4_hmac_old": true,
	"rc4_md4": true, "rc4_hmac_nt_exp": true, "rc4_hmac_old_exp": true, "des_cbc_md5": true,
	// DSInternals' Get-ADReplAccount: "AES256_CTS_HMAC_SHA1_96  Key: KEY"
	"AES256_CTS_HMAC_SHA1_96": true, "AES128_CTS_HMAC_SHA1_96": true, "DES_CBC_MD5": true, "DES_CBC_CRC": true,
}

// hexEnd returns the end of the run of hex digits at s[k:], or k.
func hexEnd(s []byte, k int) int {
	for k < len(s) && isHex(s[k]) {
		k++
	}
	return k
}

// hexSecretEnd returns the end of a key or hash of 16 hex digits or more that starts at
// s[k] (after an optional 0x) and ends the word, or k.
func hexSecretEnd(s []byte, k int) int {
	h := k + 2*btoi(hasPrefixAt(s, k, "0x"))
	e := hexEnd(s, h)
	if e-h < 16 || e < len(s) && (isAlnum(s[e]) || s[e] == '_') {
		return k
	}
	return e
}

// dumpBullets are the labels mimikatz prints a logon session's credentials under
// (sekurlsa::logonpasswords: "	 * NTLM     : HASH").
var dumpBullets = map[string]bool{"NTLM": true, "LM": true, "SHA1": true, "DPAPI": true, "SHA256": true}

// dumpBulletAt returns the end of the hash that mimikatz prints after the label s[i:j]
// ("* NTLM     : HASH", only blanks before the '*' on the line), or i. A hash is the
// label's value only under such a bullet: SHA1 elsewhere is a file's.
func dumpBulletAt(s []byte, i, j int) (start, end int) {
	if i < 2 || s[i-1] != ' ' || s[i-2] != '*' || !dumpBullets[string(s[i:j])] {
		return i, i
	}
	for k := i - 3; k >= 0; k-- {
		if s[k] != ' ' && s[k] != '\t' {
			return i, i
		}
	}
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k+2 >= len(s) || s[k] != ':' || s[k+1] != ' ' {
		return i, i
	}
	if e := hexSecretEnd(s, k+2); e > k+2 {
		return k + 2, e
	}
	return i, i
}

// kerberosKeyAt returns where the key after the key type s[i:j] starts and ends, or i, i:
// secretsdump's "aes256-cts-hmac-sha1-96:KEY" after an account, mimikatz's
// "aes256_hmac       KEY" and "aes256_hmac (4096) : KEY".
func kerberosKeyAt(s []byte, i, j int) (start, end int) {
	if c := s[i] | 0x20; j-i < 7 || c != 'a' && c != 'r' && c != 'd' && c != 'p' || !kerberosKeyTypes[string(s[i:j])] {
		return i, i
	}
	k := j
	if k < len(s) && s[k] == ':' {
		k++
	} else {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if hasPrefixAt(s, k, "(") { // the iteration count: (4096)
			for k < len(s) && s[k] != ')' {
				k++
			}
			k++
			for k < len(s) && s[k] == ' ' {
				k++
			}
		}
		if hasPrefixAt(s, k, "Key: ") {
			k += 5
		}
		if hasPrefixAt(s, k, ": ") {
			k += 2
		}
		if k == j {
			return i, i
		}
	}
	if e := hexSecretEnd(s, k); e > k {
		return k, e
	}
	return i, i
}

// hashHistoryAt returns where the hash after the label s[i:j] starts and ends, or i, i:
// DSInternals lists an account's former NT hashes as "Hash 01: HASH".
func hashHistoryAt(s []byte, i, j int) (start, end int) {
	if j-i != 4 || string(s[i:j]) != "Hash" || j+6 >= len(s) || s[j] != ' ' || !isDigit(s[j+1]) || !isDigit(s[j+2]) ||
		s[j+3] != ':' || s[j+4] != ' ' {
		return i, i
	}
	if e := hexSecretEnd(s, j+5); e-(j+5) >= 32 {
		return j + 5, e
	}
	return i, i
}

// offlineHashAt finds a cached domain logon hash as secretsdump prints it at s[0]
// ($DCC2$10240#jdoe#HASH): where its user and its hash start and where it ends, or n == 0.
// The prefix and the iteration count stay, as a crypt hash's do.
func offlineHashAt(s []byte) (user, hash, n int) {
	if !bytes.HasPrefix(s, []byte("$DCC2$")) {
		return 0, 0, 0
	}
	k := 6
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == 6 || k >= len(s) || s[k] != '#' {
		return 0, 0, 0
	}
	user = k + 1
	sharp := bytes.IndexByte(s[user:], '#')
	if sharp <= 0 || !accountBytes(s[user:user+sharp]) {
		return 0, 0, 0
	}
	hash = user + sharp + 1
	if e := hexEnd(s, hash); e-hash == 32 && (e == len(s) || !isAlnum(s[e])) {
		return user, hash, e
	}
	return 0, 0, 0
}

// crackedLineAt rewrites a line that a password cracker prints for each password it
// found and returns its end, or 0; s starts the line.
//
//   - hashcat's potfile and --show: HASH:PASSWORD, and with --username USER:HASH:PASSWORD
//     (a hash of 32, 40, 64 or 128 hex digits);
//   - John the Ripper: the password padded to 16 columns, then " (USER)".
func (w *worker) crackedLineAt(s []byte, base int) int {
	end := len(s)
	for end > 0 && (s[end-1] == '\r' || s[end-1] == '\n') {
		end--
	}
	if end < 4 {
		return 0
	}
	h := 0
	if c := bytes.IndexByte(s[:end], ':'); c > 0 && c < 64 && accountBytes(s[:c]) && !isHexRun(s[:c]) {
		h = c + 1 // USER:HASH:PASSWORD
	}
	if e := hexEnd(s, h); e < end && s[e] == ':' && e+1 < end {
		switch e - h {
		case 32, 40, 64, 128:
			if bytes.IndexByte(s[e+1:end], ':') >= 0 || isDigitsOnly(s[e+1:end]) {
				// COMMIT:file:rule:line (gitleaks' fingerprint), PREFIX:ID:COUNTER
				// (CrowdStrike's ldt:): no password
				return 0
			}
			w.where = wherePhrase
			if h > 0 {
				w.contextValue(categories.Username, s, 0, h-1, base)
			}
			w.contextValue(categories.Secret, s, h, e, base)
			w.contextValue(categories.Secret, s, e+1, end, base)
			return end
		}
	}
	// John: "Praha2019        (jnovak)": the password padded to 16 columns. (A longer
	// one and a single blank is a shape too common to take.)
	const johnColumn = 16
	if end <= johnColumn+3 || string(s[johnColumn:johnColumn+2]) != " (" || s[end-1] != ')' ||
		bytes.IndexAny(s[johnColumn+2:end-1], "()\"' ") >= 0 {
		return 0
	}
	pw := johnColumn
	for pw > 0 && s[pw-1] == ' ' {
		pw--
	}
	if pw == 0 || bytes.IndexAny(s[:pw], " \t") >= 0 {
		return 0
	}
	open := johnColumn
	w.where = wherePhrase
	w.contextValue(categories.Secret, s, 0, pw, base)
	return open + 1 // the scan reads the account in the parentheses
}

// onlyBulletBefore reports whether only blanks and a list's bullet come before s[k] on
// its line: mimikatz's "	 * Username : jdoe", a list's "- User : jdoe".
func onlyBulletBefore(s []byte, k int) bool {
	for k > 0 && s[k-1] != '\n' {
		k--
		if c := s[k]; c != ' ' && c != '\t' && c != '*' && c != '-' {
			return false
		}
	}
	return true
}

// parameterBindingAt rewrites the value of PowerShell's ParameterBinding line whose
// parameter's name starts at s[k] (after name=") and returns where the value ends, or k
// when the name names nothing personal.
func (w *worker) parameterBindingAt(s []byte, k, base int) int {
	q := bytes.IndexByte(s[k:min(len(s), k+40)], '"')
	if q <= 0 || !hasPrefixAt(s, k+q, `"; value="`) {
		return k
	}
	var buf [40]byte
	key := append(append(buf[:0], '-'), s[k:k+q]...)
	for n, c := range key {
		if c >= 'A' && c <= 'Z' {
			key[n] = c + 'a' - 'A' // powershellParameters holds them in lower case
		}
	}
	cat := powershellParameters[string(key)]
	if cat == "" {
		cat = w.e.rawKeys.lookup(s[k : k+q])
	}
	start := k + q + len(`"; value="`)
	end := bytes.IndexByte(s[start:], '"')
	if cat == "" || end <= 0 {
		return k
	}
	w.where = w.label("key", s[k:k+q])
	w.contextValue(cat, s, start, start+end, base)
	return start + end
}

// nameWordsBefore counts the capitalized words (up to three) that end at s[end], each
// after a blank: "Jüri Tamm" before " (".
func nameWordsBefore(s []byte, end int) int {
	words := 0
	for words < 3 && end > 0 {
		start := end
		for start > 0 && s[start-1] != ' ' {
			start--
		}
		if start == end || !capitalizedWord(s[start:end]) && !capitalizedBeyondASCII(s[start:end]) {
			break
		}
		words++
		end = start - 1
	}
	return words
}
