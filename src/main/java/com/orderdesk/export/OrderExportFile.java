package com.orderdesk.export;

/** A finished export as it is downloaded: file name, media type and bytes. */
public record OrderExportFile(String fileName, String contentType, byte[] content) {
}
