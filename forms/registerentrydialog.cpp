#include "forms/registerentrydialog.h"

#include "forms/datefield.h"
#include "model/editing/registertablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

constexpr RequestChannel kChannels[] = {RequestChannel::InPerson, RequestChannel::Mail,
                                        RequestChannel::Online,   RequestChannel::Fax,
                                        RequestChannel::Email,    RequestChannel::Other};

void selectData(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    box->setCurrentIndex(std::max(index, 0));
}

} // namespace

RegisterEntryDialog::RegisterEntryDialog(const RegisterEntry& e, QWidget* parent)
    : QDialog(parent)
    , m_original(e)
    , m_number(new QLineEdit(e.number, this))
    , m_received(new DateField(this))
    , m_channel(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(e.applicantName, this))
    , m_contact(new QLineEdit(e.applicantContact, this))
    , m_subject(new QPlainTextEdit(e.subject, this))
    , m_correctionAsked(new DateField(this))
    , m_correctionReceived(new DateField(this))
    , m_consultationStart(new DateField(this))
    , m_consultationEnd(new DateField(this))
    , m_extended(new DateField(this))
    , m_replied(new DateField(this))
    , m_outcome(new QComboBox(this))
    , m_fee(new QLineEdit(e.fee.isZero() ? QString() : e.fee.toString(), this))
    , m_withdrawn(
          new QCheckBox(tr("Withdrawn by the applicant (counted under 其他处理·其他)"), this))
    , m_mergedInto(new QLineEdit(e.mergedInto, this))
    , m_notes(new QLineEdit(e.notes, this))
    , m_problems(new QLabel(this)) {
    setWindowTitle(e.id ? tr("Request %1").arg(e.number) : tr("New request"));
    m_number->setPlaceholderText(tr("given by the register when empty"));
    m_received->setDate(e.received);
    for (RequestChannel channel : kChannels)
        m_channel->addItem(requestChannelName(channel), int(channel));
    selectData(m_channel, int(e.channel));
    for (const QString& type : applicantTypes())
        m_type->addItem(RegisterTableModel::applicantTypeLabel(type), type);
    selectData(m_type, e.applicantType);
    m_subject->setTabChangesFocus(true);
    m_subject->setFixedHeight(m_subject->fontMetrics().lineSpacing() * 4 + 12);
    m_correctionAsked->setDate(e.correctionAsked);
    m_correctionReceived->setDate(e.correctionReceived);
    m_consultationStart->setDate(e.consultationStart);
    m_consultationEnd->setDate(e.consultationEnd);
    m_extended->setDate(e.extendedOn);
    m_replied->setDate(e.replied);
    m_outcome->addItem(tr("(not answered yet)"), QString());
    for (const QString& row : outcomeRows()) {
        m_outcome->addItem(RegisterTableModel::outcomeOfficialLabel(row), row);
        m_outcome->setItemData(m_outcome->count() - 1,
                               RegisterTableModel::outcomeOfficialLabel(row), Qt::ToolTipRole);
    }
    // The longest rows would make the dialog wider than a small screen.
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome->setMinimumContentsLength(24);
    selectData(m_outcome, e.outcome);
    m_fee->setPlaceholderText(tr("万元, e.g. 0.0120"));
    m_withdrawn->setChecked(e.withdrawn);
    m_mergedInto->setPlaceholderText(tr("number of the request it was handled with"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b01c1c;"_s);
    m_problems->hide();

    auto* request = new QGroupBox(tr("Application"), this);
    auto* left = new QFormLayout(request);
    left->addRow(tr("Number"), m_number);
    left->addRow(tr("Received"), m_received);
    left->addRow(tr("How"), m_channel);
    left->addRow(tr("Applicant type"), m_type);
    left->addRow(tr("Applicant"), m_name);
    left->addRow(tr("Contact"), m_contact);
    left->addRow(tr("Request"), m_subject);
    left->addRow(tr("Notes"), m_notes);
    auto* course = new QGroupBox(tr("Course"), this);
    auto* right = new QFormLayout(course);
    right->addRow(tr("补正 asked"), m_correctionAsked);
    right->addRow(tr("Corrected application received"), m_correctionReceived);
    right->addRow(tr("Third party consulted from"), m_consultationStart);
    right->addRow(tr("Consultation ended"), m_consultationEnd);
    right->addRow(tr("Extended on"), m_extended);
    right->addRow(tr("Replied"), m_replied);
    right->addRow(tr("Outcome"), m_outcome);
    right->addRow(tr("Fee (万元)"), m_fee);
    right->addRow(tr("Merged into"), m_mergedInto);
    right->addRow(QString(), m_withdrawn);
    auto* columns = new QHBoxLayout;
    columns->addWidget(request, 1);
    columns->addWidget(course, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterEntryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

std::optional<RegisterEntry> RegisterEntryDialog::entry(QStringList* problems) const {
    RegisterEntry e = m_original;
    e.number = m_number->text().trimmed();
    e.channel = RequestChannel(m_channel->currentData().toInt());
    e.applicantType = m_type->currentData().toString();
    e.applicantName = m_name->text().trimmed();
    e.applicantContact = m_contact->text().trimmed();
    e.subject = m_subject->toPlainText().trimmed();
    e.outcome = m_outcome->currentData().toString();
    e.withdrawn = m_withdrawn->isChecked();
    e.mergedInto = m_mergedInto->text().trimmed();
    e.notes = m_notes->text().trimmed();
    struct DateOf {
        QString label;
        DateField* field;
        QDate* date;
    };
    const DateOf dates[] = {
        {tr("Received"), m_received, &e.received},
        {tr("补正 asked"), m_correctionAsked, &e.correctionAsked},
        {tr("Corrected application received"), m_correctionReceived, &e.correctionReceived},
        {tr("Third party consulted from"), m_consultationStart, &e.consultationStart},
        {tr("Consultation ended"), m_consultationEnd, &e.consultationEnd},
        {tr("Extended on"), m_extended, &e.extendedOn},
        {tr("Replied"), m_replied, &e.replied},
    };
    QStringList unread;
    for (const DateOf& d : dates) {
        QString reason;
        if (const auto typed = d.field->date(&reason))
            *d.date = *typed;
        else
            unread << tr("%1: %2").arg(d.label, reason);
    }
    const QString fee = m_fee->text().trimmed();
    if (fee.isEmpty()) {
        e.fee = Decimal();
    } else if (const auto amount = Decimal::parse(fee)) {
        e.fee = *amount;
    } else {
        unread << tr("the fee \"%1\" is not an amount in 万元").arg(fee);
    }
    if (!unread.isEmpty()) {
        *problems = unread;
        return std::nullopt;
    }
    return e;
}

void RegisterEntryDialog::accept() {
    QStringList problems;
    const auto e = entry(&problems);
    if (e && store)
        problems = store(*e);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    QDialog::accept();
}

void RegisterEntryDialog::showProblems(const QStringList& problems) {
    m_problems->setText(tr("Not stored:") + u"\n• "_s + problems.join(u"\n• "_s));
    m_problems->show();
}

QString RegisterEntryDialog::shownProblems() const {
    return m_problems->isVisible() || !m_problems->isHidden() ? m_problems->text() : QString();
}

} // namespace nianbao
