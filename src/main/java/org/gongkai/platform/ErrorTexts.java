package org.gongkai.platform;

/** Headings of error pages (Chinese) and the standard reason phrases of problem titles (English). */
public final class ErrorTexts {
    private ErrorTexts() {}

    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要验证身份";
            case 403 -> "无权访问";
            case 404 -> "页面不存在";
            case 405 -> "不支持的请求方法";
            case 406 -> "无法提供所要求的格式";
            case 409 -> "与现有内容冲突";
            case 410 -> "已撤回或已删除";
            case 413 -> "提交的内容过大";
            case 414 -> "网址过长";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁";
            case 431 -> "请求头过大";
            default -> status >= 500 ? "服务暂时出现问题" : "无法完成请求";
        };
    }

    /** The RFC 9110 reason phrase, used as the problem title. */
    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
