package org.paygrid.merchant.boundary;

/** An uploaded document file opened for download: its stored name and type and the bytes as uploaded. */
public record DocumentFileContent(DocumentFileInfo info, byte[] content) {

    @Override
    public String toString() {
        return "DocumentFileContent[" + info + "]";
    }
}
