#include "api/SendOnceBody.h"

#include <cstring>

namespace kac::api {

SendOnceBody::SendOnceBody(const QByteArray &body, QObject *parent)
    : QIODevice(parent)
    , m_body(body)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 SendOnceBody::bytesAvailable() const
{
    return (m_body.size() - m_read) + QIODevice::bytesAvailable();
}

bool SendOnceBody::atEnd() const
{
    return m_read >= m_body.size() && QIODevice::bytesAvailable() == 0;
}

qint64 SendOnceBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_read);
    if (count <= 0)
        return m_read >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

} // namespace kac::api
