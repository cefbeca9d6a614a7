var user_data_index = {
    "data_file_1": "System _.1\/User Tamsin Pengelly _.388\/data.js",
    "data_file_2": "System _.1\/User Tamsin Pengelly _.388\/Last access to courses\/data.js",
    "data_file_3": "System _.1\/User Tamsin Pengelly _.388\/User devices\/data.js",
    "data_file_4": "System _.1\/User Tamsin Pengelly _.388\/Session data\/data.js",
    "data_file_5": "System _.1\/User preferences\/mod_forum.js",
    "data_file_6": "System _.1\/Logs\/Standard log\/data.js",
    "data_file_7": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Enrolments\/manual.js",
    "data_file_8": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Grades\/data.js",
    "data_file_9": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Logs\/Standard log\/data.js",
    "data_file_10": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Forum Glaze test tiles _.410\/data.js",
    "data_file_11": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Forum Glaze test tiles _.410\/Discussions\/57-Celadon on the buff stoneware\/metadata.js",
    "data_file_12": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Forum Glaze test tiles _.410\/Discussions\/57-Celadon on the buff stoneware\/data.js",
    "data_file_13": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Forum Glaze test tiles _.410\/Discussions\/57-Celadon on the buff stoneware\/Posts\/1768943520-Celadon on the buff stoneware-131\/data.js",
    "data_file_14": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Forum Glaze test tiles _.410\/Discussions\/54-Week 3 kiln load\/data.js",
    "data_file_15": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Forum Glaze test tiles _.410\/Discussions\/54-Week 3 kiln load\/Posts\/1768498200-Week 3 kiln load-118\/data.js",
    "data_file_16": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Forum Glaze test tiles _.410\/Discussions\/54-Week 3 kiln load\/Posts\/1768498200-Week 3 kiln load-118\/1769108700-Tamsin kiln count-139\/data.js",
    "data_file_17": "System _.1\/Category Adult and Community Learning _.21\/Course Studio Ceramics Glazes and Firing _.402\/Forum Glaze test tiles _.410\/Logs\/Standard log\/data.js"
}