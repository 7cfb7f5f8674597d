#pragma once

#include "model/core/report.h"
#include "model/core/requestregister.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <ostream>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

namespace nianbao::test {

QString dataPath(const QString& relative);                  // tests/data/…
std::optional<QString> sharedPath(const QString& relative); // ../shared/…, if present
QByteArray readFile(const QString& path);
Report loadReport(const QString& path); // fails the test on a bad file
Report emptyReport(int year = 2024);
CellRef cell(const char16_t* id);
// Expects the same agency, year, cell values (as shown) and texts, naming each that differs.
void expectSameContent(const Report& actual, const Report& expected);

// A small real file system (tmpfs) mounted on a temporary folder, for tests of a full disk
// (needs the right to mount: root, as CI runs; mounted() says whether it worked).
class SmallFileSystem {
public:
    explicit SmallFileSystem(int kilobytes);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;
    bool mounted() const { return m_mounted; }
    QString filePath(const QString& name) const;
    // Fills it to its last byte with a file, removed by makeRoom().
    void fill();
    bool makeRoom();

private:
    QString m_path;
    bool m_mounted = false;
};
// The text of each page of a PDF file (pdftotext), in order; empty if it could not be read.
QStringList pdfPageTexts(const QString& path);
// A register of `count` answered requests of 2025 for `agency`, numbered 2025-001…, applicant
// 申请人N (张三 for the first), contact 1381234NNNN, subject 「申请内容N」.
std::vector<RegisterEntry> sampleRegister(const QString& agency, int count);

} // namespace nianbao::test
