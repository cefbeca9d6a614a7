window.YTD.ad_free_article_visits.part0 = [
  {
    "adFreeArticleVisit" : {
      "visitTimestamp" : "2022-03-14T12:20:45.000Z",
      "url" : "https://news.example.com/2022/03/14/craft-fairs-return-to-western-carolina",
      "videoSlug" : "",
      "isAmp" : false,
      "affiliateName" : "Twitter",
      "propertyName" : "Example Mountain News",
      "duration" : "214",
      "adsShown" : false,
      "simpleUserAgent" : "iOS Twitter App iPhone",
      "exclusionReason" : "",
      "referrer" : "https://t.co/Xb4mTq7RzL"
    }
  },
  {
    "adFreeArticleVisit" : {
      "visitTimestamp" : "2022-05-02T01:07:31.000Z",
      "url" : "https://www.example.org/features/wood-fired-kilns-explained",
      "videoSlug" : "kiln-firing-timelapse",
      "isAmp" : true,
      "affiliateName" : "Twitter",
      "propertyName" : "Example Craft Review",
      "duration" : "9",
      "adsShown" : false,
      "simpleUserAgent" : "Android Twitter App Pixel 6",
      "exclusionReason" : "Visit duration too short",
      "referrer" : "https://t.co/Pc2vLn8WqY"
    }
  },
  {
    "adFreeArticleVisit" : {
      "visitTimestamp" : "2022-08-19T22:41:18.000Z",
      "url" : "https://news.example.com/2022/08/19/river-arts-district-flood-recovery",
      "videoSlug" : "",
      "isAmp" : false,
      "affiliateName" : "Twitter",
      "propertyName" : "Example Mountain News",
      "duration" : "131",
      "adsShown" : false,
      "simpleUserAgent" : "Desktop Web Chrome Mac",
      "exclusionReason" : "",
      "referrer" : "https://twitter.com/"
    }
  }
]