#include "TechnicalDetails.h"

#include "base/Failure.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>

namespace Takeout {

TechnicalDetails::TechnicalDetails(QWidget *parent)
    : QObject(parent)
    , m_button(new QPushButton(tr("&Details"), parent))
    , m_text(new QPlainTextEdit(parent))
{
    m_button->setObjectName(QStringLiteral("detailsButton"));
    m_button->setCheckable(true);
    // Unfolding the details is no answer to the dialog: Enter stays with its default button.
    m_button->setAutoDefault(false);
    m_button->hide();
    m_text->setObjectName(QStringLiteral("detailText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Technical details"));
    m_text->setMaximumHeight(100);
    m_text->hide();
    connect(m_button, &QPushButton::toggled, this, [this](bool shown) {
        m_text->setVisible(shown);
        Q_EMIT toggled(shown);
    });
}

void TechnicalDetails::show(const QString &detail)
{
    m_button->setChecked(false);
    m_text->setPlainText(detail);
    m_button->setVisible(!detail.isEmpty());
}

QString TechnicalDetails::text(const Failure &failure)
{
    QStringList lines;
    if (!failure.serverMessage().isEmpty())
        lines << tr("The server said: %1").arg(failure.serverMessage());
    lines << failure.fieldMessages();
    if (!failure.detail().isEmpty())
        lines << failure.detail();
    else if (failure.httpStatus() > 0)
        lines << tr("Status: %1").arg(failure.httpStatus());
    return lines.join(QLatin1Char('\n'));
}

void TechnicalDetails::show(const Failure &failure)
{
    show(text(failure));
}

void TechnicalDetails::clear()
{
    m_button->setChecked(false);
    m_button->hide();
    m_text->clear();
}

} // namespace Takeout
