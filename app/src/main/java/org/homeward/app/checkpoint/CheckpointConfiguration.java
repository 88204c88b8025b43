package org.homeward.app.checkpoint;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/** The checkpoint key and file, in the data directory unless configured elsewhere, the optional timestamp authority, and the hourly schedule. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(CheckpointProperties.class)
class CheckpointConfiguration {

    @Bean
    CheckpointKey checkpointKey(CheckpointProperties properties, @Value("${homeward.data-dir}") Path dataDirectory) {
        return CheckpointKey.loadOrCreate(properties.keyFile() != null ? properties.keyFile() : dataDirectory.resolve("checkpoint-key.pem"));
    }

    @Bean
    CheckpointFile checkpointFile(CheckpointProperties properties, @Value("${homeward.data-dir}") Path dataDirectory, CheckpointKey key) {
        return new CheckpointFile(properties.file() != null ? properties.file() : dataDirectory.resolve("checkpoints.jsonl"), key,
                timestampAuthority(properties));
    }

    static TimestampAuthority timestampAuthority(CheckpointProperties properties) {
        if (StringUtils.hasText(properties.tsaUrl())) {
            return TimestampAuthority.at(properties.tsaUrl(), properties.tsaCertificate());
        }
        return properties.tsaCertificate() != null ? TimestampAuthority.checkingWith(properties.tsaCertificate()) : TimestampAuthority.none();
    }
}
