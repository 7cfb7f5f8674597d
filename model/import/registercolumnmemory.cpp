#include "model/import/registercolumnmemory.h"

#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// A settings key is a path: the header text (with its slashes and any length) is hashed.
QString settingsKey(const QString& headerKey) {
    return u"registerImport/columns/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(headerKey.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// Rows searched for a remembered header: a title or two and a blank line come above it.
constexpr int kHeaderRowsSearched = 50;

} // namespace

RegisterColumnMemory::RegisterColumnMemory(QSettings& settings)
    : m_settings(settings) {}

void RegisterColumnMemory::remember(const RegisterColumns& columns) {
    const QString key = settingsKey(columns.key());
    m_settings.setValue(key + u"/headers"_s, columns.key());
    m_settings.setValue(key + u"/fields"_s, columns.fields);
}

std::optional<QStringList> RegisterColumnMemory::fieldsFor(const QString& key) const {
    const QString settings = settingsKey(key);
    // The header text is kept beside its hash: a collision is never taken for a match.
    if (m_settings.value(settings + u"/headers"_s).toString() != key)
        return std::nullopt;
    const QStringList fields = m_settings.value(settings + u"/fields"_s).toStringList();
    for (const QString& field : fields) {
        if (!registerImportFields().contains(field))
            return std::nullopt; // written by another version, or edited by hand
    }
    return fields;
}

std::optional<RegisterColumns> RegisterColumnMemory::columnsFor(const Spreadsheet& sheet,
                                                                QString* error) const {
    const int rows = std::min(static_cast<int>(sheet.rows.size()), kHeaderRowsSearched);
    for (int row = 1; row <= rows; ++row) {
        RegisterColumns columns = recogniseRegisterColumns(sheet, row, {});
        if (columns.key().isEmpty())
            continue;
        if (const auto fields = fieldsFor(columns.key())) {
            for (int column = 0; column < columns.fields.size(); ++column)
                columns.fields[column] = fields->value(column, u"ignore"_s);
            return columns;
        }
    }
    return findRegisterColumns(sheet, {}, error);
}

} // namespace nianbao
