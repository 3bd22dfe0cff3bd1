#include "TechnicalDetails.h"

#include <QPlainTextEdit>
#include <QPushButton>

namespace Takeout {

TechnicalDetails::TechnicalDetails(QWidget *parent)
    : QObject(parent)
    , m_button(new QPushButton(tr("&Details"), parent))
    , m_text(new QPlainTextEdit(parent))
{
    m_button->setObjectName(QStringLiteral("detailsButton"));
    m_button->setCheckable(true);
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

void TechnicalDetails::clear()
{
    m_button->setChecked(false);
    m_button->hide();
    m_text->clear();
}

} // namespace Takeout
