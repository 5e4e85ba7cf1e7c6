package anon

import (
	"bytes"

	"github.com/siemanon/siemanon/categories"
)

// DICOM servers (dcm4chee, Orthanc, dcmtk's dcmdump) log a dataset an element to a line:
// "(0010,0010) PN [NOVÁKOVÁ^TEREZA] PatientName", the tag, its value representation and
// the value in brackets, then the element's keyword or a comment. The value is read by
// the tag: a patient's or a physician's name, an id, an address, a phone.

// dicomTags are the categories of the elements that hold a person's data.
var dicomTags = map[string]string{
	"0010,0010": categories.Fullname,     // PatientName
	"0010,1001": categories.Fullname,     // OtherPatientNames
	"0010,1060": categories.Fullname,     // PatientMotherBirthName
	"0008,0090": categories.Fullname,     // ReferringPhysicianName
	"0008,1050": categories.Fullname,     // PerformingPhysicianName
	"0008,1060": categories.Fullname,     // NameOfPhysiciansReadingStudy
	"0008,1070": categories.Fullname,     // OperatorsName
	"0032,1032": categories.Fullname,     // RequestingPhysician
	"0010,0020": categories.NationalID,   // PatientID: a national number where valid, else kept as an id
	"0010,1000": categories.NationalID,   // OtherPatientIDs
	"0010,1040": categories.Geo,          // PatientAddress
	"0010,2154": categories.Phone,        // PatientTelephoneNumbers
	"0008,0080": categories.Organization, // InstitutionName
	"0008,0081": categories.Geo,          // InstitutionAddress
}

// dicomElement reads the line s as a dataset element, when it is one, and reports it.
func (w *worker) dicomElement(s []byte, base int) bool {
	t := bytes.TrimLeft(s, " >")
	off := len(s) - len(t)
	if len(t) < 16 || t[0] != '(' || t[5] != ',' || t[10] != ')' || t[11] != ' ' || t[14] != ' ' || t[15] != '[' {
		return false
	}
	close := bytes.IndexByte(t[16:], ']')
	if close < 0 {
		return false
	}
	cat, ok := dicomTags[string(t[1:10])]
	start, end := off+16, off+16+close
	if ok && end > start {
		w.where = w.label("dicom", t[1:10])
		if t[12] == 'P' && t[13] == 'N' {
			// FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX: the name, its title (MUDr.) kept.
			nameEnd, carets := start, 0
			for k := start; k < end && carets < 3; k++ {
				if s[k] == '^' {
					carets++
				}
				if s[k] != '^' || carets < 3 {
					nameEnd = k + 1
				}
			}
			nameEnd = start + len(bytes.TrimRight(s[start:nameEnd], "^"))
			if nameEnd > start {
				w.caretNameValue(s, start, nameEnd, base)
			}
		} else {
			w.contextValue(cat, s, start, end, base)
		}
	} else if end > start {
		w.scanFrom(s[:end], start, modePlain, '\t', base)
	}
	if end+1 < len(s) {
		w.scanFrom(s, end+1, modePlain, '\t', base) // the keyword, or a comment
	}
	return true
}

// dicomQuotedTagAt reads a DICOM element named by its tag, its value quoted after it, as
// DICOM servers' messages write them (Orthanc: tag (0010,0010) "FAVRE-BOLLIER^CÉLINE^M"),
// at the tag's '(' at s[k]: the value of a tag of dicomTags is read as such. It returns
// where the value's closing quote ends, or k.
func (w *worker) dicomQuotedTagAt(s []byte, k, base int) int {
	tag := s[k+1 : k+10]
	if s[k+10] != ')' || s[k+11] != ' ' || s[k+12] != '"' {
		return k
	}
	cat, ok := dicomTags[string(tag)]
	if !ok {
		return k
	}
	start := k + 13
	q := bytes.IndexByte(s[start:], '"')
	if q <= 0 {
		return k
	}
	end := start + q
	where := w.where
	w.where = w.label("dicom", tag)
	if cat == categories.Fullname && bytes.IndexByte(s[start:end], '^') > 0 {
		w.caretNameValue(s, start, start+len(bytes.TrimRight(s[start:end], "^")), base)
	} else {
		w.contextValue(cat, s, start, end, base)
	}
	w.where = where
	return end + 1
}
