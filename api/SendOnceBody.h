#pragma once

#include <QByteArray>
#include <QIODevice>

namespace kac::api {

// The body of a mutation: a device Qt can read through once and never rewind.
//
// Qt 6.4's HTTP/1 channel re-sends a request by itself when its connection closes before any
// response byte (QHttpNetworkConnectionChannel's reconnectAttempts), for a POST too, on a
// kept-alive connection and even on a fresh one. Before it re-sends it rewinds the upload
// device; when that fails it gives up with QNetworkReply::ContentReSendError instead. A
// sequential device that refuses reset() and seek() is therefore the one way to make that
// resend impossible: the mutation goes out at most once per attempt we start ourselves.
// Transport::post() streams it unbuffered (Content-Length plus DoNotBufferUploadData), because a
// buffered copy would be rewindable again.
class SendOnceBody : public QIODevice
{
    Q_OBJECT
public:
    explicit SendOnceBody(const QByteArray &body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_body.size(); }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

} // namespace kac::api
