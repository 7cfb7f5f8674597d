#include "app/gui/finalizedcheck.h"

#include "model/storage/reportstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::FinalizedCheck)
};

} // namespace

bool checkFinalizedBeforeOpening(ReportStore& store, qint64 id,
                                 const std::function<bool(const QString& question)>& confirm,
                                 QString* error) {
    const auto mismatch = store.verifyFinalized(id);
    if (!mismatch)
        return true;
    // The report's own words first, in every language of the interface.
    const QString message =
        u"已定稿内容与定稿时不一致\n\n"_s + ReportStore::describeMismatch(id, *mismatch);
    if (mismatch->frozenCopyIntact &&
        confirm(message + u"\n\n"_s +
                Tr::tr("Restore the copy frozen at finalization? The changed content is "
                       "replaced; the history records the restore."))) {
        if (store.restoreFrozen(id, error))
            return true;
        return false;
    }
    if (error)
        *error = message;
    return false;
}

} // namespace nianbao
