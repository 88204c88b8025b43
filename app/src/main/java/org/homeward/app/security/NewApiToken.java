package org.homeward.app.security;

/** A token just created: {@code secret} goes in {@code Authorization: Bearer SECRET} and is never shown again. */
public record NewApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[token=" + token + ", secret=…]";
    }
}
