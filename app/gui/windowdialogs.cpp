#include "app/gui/windowdialogs.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The strings were MainWindow's and keep its context (and their translations).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::MainWindow)
};

} // namespace

std::optional<NewReportRequest> askForNewReport(QWidget* parent, const NewReportRequest& proposal) {
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("New report"));
    auto* agency = new QLineEdit(proposal.agency, &dialog);
    auto* year = new QSpinBox(&dialog);
    year->setRange(2008, 2100);
    year->setValue(proposal.year);
    auto* level = new QComboBox(&dialog);
    level->addItem(Tr::tr("(not set)"), static_cast<int>(AgencyLevel::Unknown));
    for (AgencyLevel l :
         {AgencyLevel::Province, AgencyLevel::ProvinceDepartment, AgencyLevel::City,
          AgencyLevel::CityDepartment, AgencyLevel::County, AgencyLevel::CountyDepartment,
          AgencyLevel::Township, AgencyLevel::Street})
        level->addItem(agencyLevelName(l), static_cast<int>(l));
    level->setCurrentIndex(level->findData(static_cast<int>(proposal.level)));
    auto* form = new QFormLayout(&dialog);
    form->addRow(Tr::tr("&Agency:"), agency);
    form->addRow(Tr::tr("&Year:"), year);
    form->addRow(Tr::tr("&Level:"), level);
    form->addRow(new QLabel(Tr::tr("If last year's report of this agency is in the list, the new "
                                   "one starts from it (上年结转 filled in)."),
                            &dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || agency->text().trimmed().isEmpty())
        return std::nullopt;
    return NewReportRequest{agency->text().trimmed(), year->value(),
                            static_cast<AgencyLevel>(level->currentData().toInt())};
}

UnsavedChoice askWhatToDoWithUnsaved(QWidget* parent, const QString& reason) {
    QMessageBox box(QMessageBox::Warning, Tr::tr("Nianbao"),
                    Tr::tr("Some changes could not be saved: %1").arg(reason),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(Tr::tr("They are still on screen. Try again (for example after "
                                  "freeing disk space), save a copy of the report as a file, or "
                                  "discard them."));
    QPushButton* retry = box.addButton(Tr::tr("&Try again"), QMessageBox::AcceptRole);
    QPushButton* copy = box.addButton(Tr::tr("&Save a copy…"), QMessageBox::ActionRole);
    QPushButton* discard =
        box.addButton(Tr::tr("&Discard the changes"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry)
        return UnsavedChoice::Retry;
    if (box.clickedButton() == copy)
        return UnsavedChoice::SaveCopy;
    if (box.clickedButton() == discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Cancel;
}

ConflictChoice askAboutConflict(QWidget* parent, const QString& what, const QString& mine,
                                const QString& theirs) {
    QMessageBox box(QMessageBox::Question, Tr::tr("Nianbao"),
                    Tr::tr("Someone else changed “%1” while you did.").arg(what),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(Tr::tr("Yours: %1\nTheirs (now stored): %2\n\nWhich one stays?")
                               .arg(mine.isEmpty() ? Tr::tr("(nothing)") : mine,
                                    theirs.isEmpty() ? Tr::tr("(nothing)") : theirs));
    QPushButton* keep = box.addButton(Tr::tr("Keep &mine"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Take &theirs"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == keep ? ConflictChoice::KeepMine : ConflictChoice::TakeTheirs;
}

std::optional<qint64> chooseFromTrash(QWidget* parent,
                                      const std::vector<StoredReportInfo>& deleted) {
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("Trash"));
    auto* list = new QTreeWidget(&dialog);
    list->setHeaderLabels({Tr::tr("Agency"), Tr::tr("Year"), Tr::tr("Deleted")});
    list->setRootIsDecorated(false);
    for (const StoredReportInfo& r : deleted) {
        auto* item = new QTreeWidgetItem({r.agency, QString::number(r.year),
                                          r.deleted.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)});
        item->setData(0, Qt::UserRole, r.id);
        list->addTopLevelItem(item);
    }
    list->setCurrentItem(list->topLevelItem(0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Restore"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QTreeWidget::itemActivated, &dialog, &QDialog::accept);
    dialog.resize(560, 320);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return std::nullopt;
    return list->currentItem()->data(0, Qt::UserRole).toLongLong();
}

void showHistoryDialog(QWidget* parent, const QString& label,
                       const std::vector<HistoryEntry>& entries, bool canRestore,
                       const std::function<bool(const HistoryEntry&)>& restore) {
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("History of %1").arg(label));
    auto* list = new QTreeWidget(&dialog);
    list->setHeaderLabels({Tr::tr("When"), Tr::tr("Who"), Tr::tr("Before"), Tr::tr("After")});
    list->setRootIsDecorated(false);
    for (const HistoryEntry& e : entries) {
        list->addTopLevelItem(
            new QTreeWidgetItem({e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.user,
                                 e.oldValue.left(60), e.newValue.left(60)}));
    }
    for (int column = 0; column < 2; ++column)
        list->resizeColumnToContents(column);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton* restoreButton =
        buttons->addButton(Tr::tr("&Restore the value before"), QDialogButtonBox::ActionRole);
    restoreButton->setEnabled(!entries.empty() && canRestore);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(restoreButton, &QPushButton::clicked, &dialog, [&] {
        const int row = list->indexOfTopLevelItem(list->currentItem());
        if (row >= 0 && restore(entries[static_cast<size_t>(row)]))
            dialog.accept();
    });
    dialog.resize(720, 360);
    dialog.exec();
}

} // namespace nianbao
